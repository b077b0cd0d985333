namespace Diplomacy.Core.Geography.Rules;

/// <summary>Two regions in one directory never share a key: an id, an ISO code (current or former) or a Wikidata id.</summary>
internal static class RegionKeyMustBeUnique
{
    /// <summary>The refusal of a region, given at an index of its batch, one of whose keys is held already; or null.</summary>
    public static RegionRefusal? Refusal(int index, Region region, IEnumerable<string> keys, IReadOnlyDictionary<string, Region> held)
    {
        foreach (var key in keys)
        {
            if (held.TryGetValue(key, out var holder))
            {
                return new RegionRefusal(index, region, DomainRule.RegionKeyMustBeUnique, $"The key {key} of {region} already belongs to {holder}.", holder);
            }
        }

        return null;
    }
}
