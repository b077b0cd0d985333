using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference;

/// <summary>
/// Every name of every region in every language, and the names regions bore before, as a sorted table of hashes of the folded name. About a
/// quarter of a million names fit in 2 MB this way; a hit is confirmed against the region's own names.
/// </summary>
/// <remarks>
/// Names are compared by the core's <see cref="RegionNameComparer"/>, the rule <see cref="RegionDirectory.FindByName"/>
/// follows, so that the catalog and a directory filled from it find the same regions (a test holds them to it).
/// </remarks>
internal sealed class NameIndex
{
    private static readonly RegionNameComparer Comparer = RegionNameComparer.Instance;

    private readonly CatalogData _data;
    private readonly int[] _hashes;
    private readonly int[] _entries;

    public NameIndex(CatalogData data)
    {
        _data = data;
        var pairs = new List<(int Hash, int Entry)>();
        for (var i = 0; i < data.Count; i++)
        {
            foreach (var name in data.LookupNamesAt(i))
            {
                pairs.Add((Comparer.GetHashCode(name), i));
            }
        }

        pairs.Sort();
        _hashes = [.. pairs.Select(p => p.Hash)];
        _entries = [.. pairs.Select(p => p.Entry)];
    }

    public IReadOnlyList<Region> Find(string name)
    {
        var hash = Comparer.GetHashCode(name);
        var at = Array.BinarySearch(_hashes, hash);
        if (at < 0)
        {
            return [];
        }

        while (at > 0 && _hashes[at - 1] == hash)
        {
            at--;
        }

        var found = new SortedSet<int>();
        for (; at < _hashes.Length && _hashes[at] == hash; at++)
        {
            if (_data.LookupNamesAt(_entries[at]).Any(n => Comparer.Equals(n, name)))
            {
                found.Add(_entries[at]);
            }
        }

        return [.. found.Select(_data.RegionAt)];
    }
}
