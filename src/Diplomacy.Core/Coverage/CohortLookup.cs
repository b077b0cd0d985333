using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// A cohort's members resolved against a directory once, so that telling which member a region is costs one
/// dictionary look-up instead of a scan of every member's keys.
/// </summary>
/// <remarks>
/// Keyed by the region, whose equality is its id's: the region keeps its id's hash, so a look-up in a coverage's
/// loop does not fold the id's letters again.
/// </remarks>
internal sealed class CohortLookup
{
    private readonly Dictionary<Region, int> _memberOf = [];

    public CohortLookup(Cohort cohort, RegionDirectory directory)
    {
        Cohort = cohort;
        DirectoryCount = directory.Count;
        Regions = new Region?[cohort.Count];
        for (var index = 0; index < cohort.Count; index++)
        {
            var member = cohort.Members[index];
            foreach (var key in member.Keys)
            {
                // A key may resolve through another region's Wikidata id; only a region the member matches is it.
                if (directory.Resolve(key.Value) is { } region && member.Matches(region) && _memberOf.TryAdd(region, index))
                {
                    Regions[index] ??= region;
                    MemberRegions.Add(region);
                }
            }
        }
    }

    public Cohort Cohort { get; }

    /// <summary>The directory's size when the lookup was built: regions are only ever added, so a new size means a stale lookup.</summary>
    public int DirectoryCount { get; }

    /// <summary>The region each member resolved to, by member index; null when the directory does not hold it.</summary>
    public Region?[] Regions { get; }

    /// <summary>Every region that is a member itself (a member's keys may resolve to more than one), each once.</summary>
    public List<Region> MemberRegions { get; } = [];

    /// <summary>The index of the member a region is (or, when asked, lies inside), or -1.</summary>
    public int MemberIndexOf(Region region, bool orInside)
    {
        if (_memberOf.TryGetValue(region, out var index))
        {
            return index;
        }

        if (orInside)
        {
            foreach (var ancestor in region.Ancestors)
            {
                if (_memberOf.TryGetValue(ancestor, out index))
                {
                    return index;
                }
            }
        }

        return -1;
    }
}
