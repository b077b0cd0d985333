using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio.Checks;

/// <summary>A region's line: the region itself, the regions inside it and the regions it lies in.</summary>
internal static class RegionLine
{
    /// <summary>How <paramref name="found"/> stands to <paramref name="region"/>, or null when it is outside its line.</summary>
    public static RegionRelation? Relation(Region found, Region region)
    {
        if (found.Equals(region))
        {
            return RegionRelation.Same;
        }

        if (found.IsWithin(region))
        {
            return RegionRelation.SubRegion;
        }

        return region.IsWithin(found) ? RegionRelation.Parent : null;
    }
}
