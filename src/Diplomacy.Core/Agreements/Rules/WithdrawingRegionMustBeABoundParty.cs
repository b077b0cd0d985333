using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only a party still bound can withdraw: not a region outside the agreement, nor a party that already withdrew.</summary>
internal static class WithdrawingRegionMustBeABoundParty
{
    public static void Check(AgreementId agreement, IEnumerable<Party> parties, IReadOnlyCollection<Region> withdrawn, Region region)
    {
        var why = PartyStandings.Of(parties, withdrawn, region) switch
        {
            PartyStanding.Withdrawn => "it has already withdrawn",
            PartyStanding.NotAParty => "it is not a party",
            _ => null,
        };
        if (why is not null)
        {
            throw new DomainRuleException(
                DomainRule.WithdrawingRegionMustBeABoundParty, agreement.Value, $"{region} cannot withdraw from agreement {agreement}: {why}.");
        }
    }
}
