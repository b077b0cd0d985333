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
    public IEnumerable<Region> ByName(string name) => _byName.GetValueOrDefault(name) ?? [];

    /// <summary>Holds a region aside under its keys and names, until it lands or the row is undone.</summary>
    public Region Plan(Region region)
    {
        Plans++;
        _regions.Add(region);
        var keys = new List<string> { region.Id.Value };
        keys.AddRange(region.FormerSubdivisionCodes.Select(code => code.Value));
        if (region.WikidataId is { } wikidataId)
        {
            keys.Add(wikidataId.ToString());
        }

        foreach (var key in keys)
        {
            _byKey[key] = region;
        }

        var names = region.Names.All.Select(name => name.Text).ToList();
        foreach (var name in names)
        {
            if (!_byName.TryGetValue(name, out var list))
            {
                list = [];
                _byName.Add(name, list);
            }

            list.Add(region);
        }

        _undo.Add(() =>
        {
            _regions.Remove(region);
            foreach (var key in keys)
            {
                _byKey.Remove(key);
            }

            foreach (var name in names)
            {
                if (_byName.TryGetValue(name, out var list))
                {
                    list.Remove(region);
                    if (list.Count == 0)
                    {
                        _byName.Remove(name);
                    }
                }
            }
        });
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
    public void BeginRow() => _undo.Clear();

    /// <summary>Undoes what the current row planned and cached, newest first.</summary>
    public void Undo()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
    }

    /// <summary>Forgets the planned regions once they have landed.</summary>
    public void Landed()
    {
        _regions.Clear();
        _byKey.Clear();
        _byName.Clear();
        _undo.Clear();
    }
}
