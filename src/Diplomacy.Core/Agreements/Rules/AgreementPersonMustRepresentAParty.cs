using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A signatory or contact person speaks for one of the agreement's parties.</summary>
internal static class AgreementPersonMustRepresentAParty
{
    public static void Check(AgreementId agreement, IEnumerable<Party> parties, Region represented, string person)
    {
        if (!parties.Any(party => party.Region.Equals(represented)))
        {
            throw new DomainRuleException(
                DomainRule.AgreementPersonMustRepresentAParty,
                agreement.Value,
                $"Agreement {agreement}: {person} speaks for {represented}, which is not one of its parties.");
        }
    }
}
