using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only a party still bound can terminate an agreement: not a region outside it, nor a party that withdrew before.</summary>
internal static class TerminatingPartyMustBeAParty
{
    public static void Check(AgreementId agreement, IEnumerable<Party> parties, IReadOnlyCollection<Region> withdrawn, Region terminatedBy)
    {
        var why = PartyStandings.Of(parties, withdrawn, terminatedBy) switch
        {
            PartyStanding.Withdrawn => "which withdrew from it before",
            PartyStanding.NotAParty => "which is not one of its parties",
            _ => null,
        };
        if (why is not null)
        {
            throw new DomainRuleException(
                DomainRule.TerminatingPartyMustBeAParty,
                agreement.Value,
                $"Agreement {agreement} cannot be terminated by {terminatedBy}, {why}.");
        }
    }
}
