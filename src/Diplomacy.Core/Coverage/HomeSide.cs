using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>Which parties of a tie stand on the home's side: the home itself, and the places inside it when sub-regions count.</summary>
internal static class HomeSide
{
    /// <summary>Whether a party is on the home's side: the home itself, or a place inside it when sub-regions count.</summary>
    public static bool Includes(Region party, Region home, bool includeSubregions) =>
        party.Equals(home) || (includeSubregions && party.IsWithin(home));
}
