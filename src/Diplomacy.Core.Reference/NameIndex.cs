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
    private readonly EntryNames?[] _confirmations;

    public NameIndex(CatalogData data)
    {
        _data = data;
        var hashes = new List<int>();
        var entries = new List<int>();
        for (var i = 0; i < data.Count; i++)
        {
            foreach (var name in data.LookupNamesAt(i))
            {
                hashes.Add(Comparer.GetHashCode(name));
                entries.Add(i);
            }
        }

        // Sorting int keys is several times quicker than sorting (hash, entry) pairs through the generic comparer; the
        // order of the entries of one hash does not matter, since the finds are collected in a sorted set.
        _hashes = [.. hashes];
        _entries = [.. entries];
        Array.Sort(_hashes, _entries);
        _confirmations = new EntryNames?[data.Count];
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
            if (NamesOf(_entries[at]).Bears(hash, name))
            {
                found.Add(_entries[at]);
            }
        }

        return [.. found.Select(_data.RegionAt)];
    }

    private EntryNames NamesOf(int entry)
    {
        if (Volatile.Read(ref _confirmations[entry]) is { } kept)
        {
            return kept;
        }

        // Two threads may fold the same entry's names; the first one stored wins, and both are the same.
        string[] names = [.. _data.LookupNamesAt(entry)];
        var made = new EntryNames([.. names.Select(Comparer.GetHashCode)], names);
        return Interlocked.CompareExchange(ref _confirmations[entry], made, null) ?? made;
    }

    /// <summary>
    /// An entry's names with their hashes, kept once a look-up has met the entry: a hit is confirmed only against the
    /// names of the same hash. Confirming against every name decoded and folded afresh (a country has hundreds) was
    /// most of the cost of a look-up that found something.
    /// </summary>
    private sealed class EntryNames(int[] hashes, string[] names)
    {
        public bool Bears(int hash, string name)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                if (hashes[i] == hash && Comparer.Equals(names[i], name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
