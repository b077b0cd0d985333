using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only a party can terminate an agreement.</summary>
internal static class TerminatingPartyMustBeAParty
{
    public static void Check(AgreementId agreement, IEnumerable<Party> parties, Region terminatedBy)
    {
        if (!parties.Any(party => party.Region.Equals(terminatedBy)))
        {
            throw new DomainRuleException(
                DomainRule.TerminatingPartyMustBeAParty,
                agreement.Value,
                $"Agreement {agreement} cannot be terminated by {terminatedBy}, which is not one of its parties.");
        }
    }
}
