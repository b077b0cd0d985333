using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The regions and ties an import holds aside until they land, and the undo of what the current row did.
/// </summary>
/// <remarks>
/// Regions a row needs and the directory lacks are <em>planned</em>: found by later look-ups of the same row (and, all
/// or nothing, of later rows), and added to the directory only when the row lands. A refused row's plans and cached
/// look-ups are undone, so that nothing it named remains.
/// </remarks>
internal sealed class ImportPlan
{
    private readonly List<Region> _regions = [];
    private readonly Dictionary<string, Region> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Region>> _byName = new(RegionNameComparer.Instance);
    private readonly List<Agreement> _ties = [];
    private readonly List<Action> _undo = [];

    // The regions planned before the current row began, which its undo keeps.
    private int _rowStart;

    // The regions filed under their names so far: the name index is built when a look-up asks it, since most planned
    // regions land before any name is looked up among them, and filing a region folds every one of its names.
    private int _named;

    /// <summary>The regions planned and not yet landed, in the order they were planned (ancestors first).</summary>
    public List<Region> Regions => _regions;

    /// <summary>The ties held back until the end (all or nothing).</summary>
    public List<Agreement> Ties => _ties;

    /// <summary>How many regions have been planned so far: a look-up made at an earlier count may now find another region.</summary>
    public int Plans { get; private set; }

    /// <summary>The planned region with an id, a code or a Wikidata id, if any.</summary>
    public Region? ByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Whether a planned region has the key.</summary>
    public bool HasKey(string key) => _byKey.ContainsKey(key);

    /// <summary>The planned regions that bear a name.</summary>
    public IReadOnlyList<Region> ByName(string name)
    {
        for (; _named < _regions.Count; _named++)
        {
            foreach (var borne in _regions[_named].Names.All)
            {
                if (!_byName.TryGetValue(borne.Text, out var list))
                {
                    list = [];
                    _byName.Add(borne.Text, list);
                }

                list.Add(_regions[_named]);
            }
        }

        return _byName.GetValueOrDefault(name) ?? [];
    }

    /// <summary>Holds a region aside under its keys (and, once asked, its names), until it lands or the row is undone.</summary>
    public Region Plan(Region region)
    {
        Plans++;
        _regions.Add(region);
        foreach (var key in KeysOf(region))
        {
            _byKey[key] = region;
        }

        return region;
    }

    /// <summary>Holds a tie back until the end.</summary>
    public void Hold(Agreement tie) => _ties.Add(tie);

    /// <summary>Caches a look-up, to be forgotten if the row is undone.</summary>
    public void Cache<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        cache[key] = value;
        _undo.Add(() => cache.Remove(key));
    }

    /// <summary>Starts a row: only what it does from here on is undone.</summary>
    public void BeginRow()
    {
        _undo.Clear();
        _rowStart = _regions.Count;
    }

    /// <summary>Undoes what the current row planned and cached, newest first.</summary>
    public void Undo()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
        for (var i = _regions.Count - 1; i >= _rowStart; i--)
        {
            Unplan(_regions[i], named: i < _named);
        }

        _regions.RemoveRange(_rowStart, _regions.Count - _rowStart);
        _named = Math.Min(_named, _rowStart);
    }

    /// <summary>Forgets the planned regions once they have landed.</summary>
    public void Landed()
    {
        _regions.Clear();
        _byKey.Clear();
        _byName.Clear();
        _undo.Clear();
        _rowStart = 0;
        _named = 0;
    }

    private static IEnumerable<string> KeysOf(Region region)
    {
        yield return region.Id.Value;
        foreach (var code in region.FormerSubdivisionCodes)
        {
            yield return code.Value;
        }

        if (region.WikidataId is { } wikidataId)
        {
            yield return wikidataId.ToString();
        }
    }

    private void Unplan(Region region, bool named)
    {
        foreach (var key in KeysOf(region))
        {
            _byKey.Remove(key);
        }

        if (!named)
        {
            return;
        }

        foreach (var name in region.Names.All)
        {
            if (_byName.TryGetValue(name.Text, out var list))
            {
                list.Remove(region);
                if (list.Count == 0)
                {
                    _byName.Remove(name.Text);
                }
            }
        }
    }
}
