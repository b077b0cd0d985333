namespace Diplomacy.Core.Geography.Rules;

/// <summary>A region joins a directory only after its parent has joined it (or in the same batch, before it), so that every ancestor resolves.</summary>
internal static class RegionParentMustBeKnown
{
    /// <summary>The refusal of a region, given at an index of its batch, whose parent the directory does not hold by id; or null.</summary>
    public static RegionRefusal? Refusal(int index, Region region, IReadOnlyDictionary<string, Region> held)
    {
        if (region.Parent is { } parent && !(held.TryGetValue(parent.Id.Value, out var holder) && holder.Id.Equals(parent.Id)))
        {
            return new RegionRefusal(
                index,
                region,
                DomainRule.RegionParentMustBeKnown,
                $"The region {region} lies in {parent}, which is not in the directory: add the parent first, or in the same batch.",
                null);
        }

        return null;
    }
}
