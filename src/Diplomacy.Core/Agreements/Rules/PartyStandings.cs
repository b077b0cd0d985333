using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Works out a region's <see cref="PartyStanding"/>.</summary>
internal static class PartyStandings
{
    public static PartyStanding Of(IEnumerable<Party> parties, IReadOnlyCollection<Region> withdrawn, Region region) =>
        withdrawn.Contains(region) ? PartyStanding.Withdrawn
        : parties.Any(party => party.Region.Equals(region)) ? PartyStanding.Bound
        : PartyStanding.NotAParty;
}
