using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography.Rules;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The regions a register knows, found by id, ISO code (current or replaced), Wikidata id or any of their
/// names.
/// </summary>
/// <remarks>
/// <para>
/// Every key (a region's id, its ISO 3166-1 or 3166-2 code, each former code, its Wikidata id) belongs to
/// one region only, whatever its case; a region whose key is taken is refused, and so is a region added
/// twice. Ids, codes and Wikidata ids share one key space: a place with the id <c>Q8686</c> and a region
/// whose Wikidata id is Q8686 are the same key. A region joins only after its parent, so that
/// every ancestor of a region in the directory is in it too. <see cref="AddRange(IEnumerable{Region})"/>
/// adds all or nothing; <see cref="TryAddRange"/> and <see cref="GetOrAdd"/> find a region that is already here,
/// described the same way, instead of refusing it.
/// </para>
/// <para>
/// Look-ups by code, id and name are hash look-ups: they cost the same at ten regions and at ten thousand,
/// and allocate nothing for a key already in normal form. Names match as people type them: ignoring case,
/// surrounding white space, full-width and half-width forms (NFKC), the accents of Latin and Greek letters
/// (Córdoba is Cordoba, ş is ș) and a few letters written with or without a stroke (ł is l, ø is o); marks that
/// make another word in other scripts (が is not か) are kept. A region's stored names keep their spelling.
/// Several regions may share a name (there are many Springfields), so a name finds a list.
/// </para>
/// <para>
/// <b>Thread safety.</b> Every look-up is safe from many threads at once while no one writes: the directory fills no
/// cache on a read. Writes are single-writer: add regions from one thread at a time and while no look-up runs. A batch
/// of 4,096 regions or more is indexed on two threads of its own (see <see cref="AddRange"/>), which both finish before
/// the call returns: to its caller it is still one write.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var directory = new RegionDirectory();
/// directory.AddRange([china, shanghai]);
/// directory.Find(SubdivisionCode.Parse("CN-31")); // Shanghai, by its former code
/// directory.FindByName("상하이시");                 // [Shanghai]
/// </code>
/// </example>
public sealed class RegionDirectory
{
    private static readonly ReadOnlyCollection<Region> None = ReadOnlyCollection<Region>.Empty;

    private readonly List<Region> _regions = [];
    private readonly ReadOnlyCollection<Region> _regionsView;
    private readonly Dictionary<string, Region> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, Region> _byWikidataId = [];
    private readonly Dictionary<string, Group> _byName = new(NameFolding.Comparer);
    private readonly Dictionary<RegionId, Group> _children = [];

    /// <summary>Creates an empty directory.</summary>
    public RegionDirectory() => _regionsView = _regions.AsReadOnly();

    /// <summary>How many regions the directory holds.</summary>
    public int Count => _regions.Count;

    /// <summary>Every region in the directory, in the order they were added (parents before their children).</summary>
    public IReadOnlyList<Region> Regions => _regionsView;

    /// <summary>Adds a region.</summary>
    /// <param name="region">The region; its parent, if it has one, must already be in the directory.</param>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A key of the region is taken (<see cref="DomainRule.RegionKeyMustBeUnique"/>), or its parent is not in
    /// the directory (<see cref="DomainRule.RegionParentMustBeKnown"/>). The directory is unchanged.
    /// </exception>
    public void Add(Region region) => AddRange([Guard.Against.Null(region)]);

    /// <summary>
    /// Adds several regions at once, all or nothing, in any order: parents are added before their children. A batch given
    /// parents first is taken in its order; the directory's list and key index grow once for the batch.
    /// </summary>
    /// <remarks>
    /// Each region claims its keys (id, codes, Wikidata id) as it is accepted, and a refused batch gives them back. Once
    /// every region of a batch is judged, a batch of 4,096 regions or more is indexed on two threads at once: the list,
    /// the Wikidata ids and the parents' children on one, the names on the other, each in the batch's order, so that
    /// every look-up finds the regions as one thread would have filed them.
    /// </remarks>
    /// <param name="regions">The regions; each one's parent must be in the directory or among them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> or one of its items is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A key is taken or given twice (<see cref="DomainRule.RegionKeyMustBeUnique"/>), or a parent is in neither
    /// the directory nor the batch (<see cref="DomainRule.RegionParentMustBeKnown"/>). Nothing is added.
    /// </exception>
    public void AddRange(IEnumerable<Region> regions)
    {
        var plan = Plan(regions, findExisting: false);
        if (plan.Refused.Count > 0)
        {
            Unclaim(plan.Added);
            throw plan.Refused[0].ToException();
        }

        IndexAll(plan.Added);
    }

    /// <summary>
    /// Adds the regions of a batch that are new and finds those already here; instead of throwing at the first problem,
    /// it lists every region it refused. With <see cref="BatchMode.AllOrNothing"/> (the default) nothing is added when
    /// anything is refused; with <see cref="BatchMode.AddAccepted"/> every region the rules accept is added.
    /// </summary>
    /// <remarks>
    /// A given region is <em>found</em> when the directory (or an earlier item of the batch) holds the same
    /// region: the same id, kind, parent, time zone, codes, former codes, Wikidata id and names. A region that
    /// shares a key with a region described otherwise is a conflict, refused under
    /// <see cref="DomainRule.RegionKeyMustBeUnique"/> with the region holding the key, so that what a list
    /// says differently from the directory is never silently dropped; a region whose parent is in neither the
    /// directory nor the batch is refused under <see cref="DomainRule.RegionParentMustBeKnown"/>. Regions are judged
    /// parents first (a stable order by depth), each against the directory and the batch's regions before it that were
    /// accepted: a refused region claims no key, so a later region may take its keys, and its children are refused
    /// because their parent is missing. In <see cref="BatchMode.AllOrNothing"/> mode nothing is added when anything is
    /// refused, so that a list loads whole or not at all; in <see cref="BatchMode.AddAccepted"/> mode the accepted
    /// regions are added, as adding them one by one (parents first) and catching each refusal would.
    /// </remarks>
    /// <param name="regions">The regions, in any order.</param>
    /// <param name="mode">Whether a refusal keeps the whole batch out (the default) or only the refused regions.</param>
    /// <returns>What was added, what was found and what was refused, each refusal with the region's index in the batch as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="BatchMode"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// var result = directory.TryAddRange([china, shanghai, suzhou]); // China and Shanghai are already there
    /// result.Added;    // [Suzhou]
    /// result.Found;    // [China, Shanghai]
    /// result.Refused;  // []
    /// directory.TryAddRange(scrapedPlaces, BatchMode.AddAccepted); // keeps every place that passes, reports the others
    /// </code>
    /// </example>
    public RegionBatchResult TryAddRange(IEnumerable<Region> regions, BatchMode mode = BatchMode.AllOrNothing)
    {
        Guard.Against.EnumOutOfRange(mode);
        var plan = Plan(regions, findExisting: true);
        if (plan.Refused.Count > 0 && mode == BatchMode.AllOrNothing)
        {
            Unclaim(plan.Added);
            return new RegionBatchResult([], plan.Found, plan.Refused);
        }

        IndexAll(plan.Added);
        return new RegionBatchResult(plan.Added, plan.Found, plan.Refused);
    }

    /// <summary>Adds a region, or finds the same region already in the directory.</summary>
    /// <remarks>The same region is the one <see cref="TryAddRange"/> finds: same id, kind, parent, zone, codes and names.</remarks>
    /// <param name="region">The region; its parent, if it has one, must already be in the directory.</param>
    /// <returns>The region the directory holds: the one already there, or <paramref name="region"/> now added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A key of the region belongs to a region described otherwise (<see cref="DomainRule.RegionKeyMustBeUnique"/>),
    /// or its parent is not in the directory (<see cref="DomainRule.RegionParentMustBeKnown"/>). The directory is unchanged.
    /// </exception>
    public Region GetOrAdd(Region region)
    {
        var result = TryAddRange([Guard.Against.Null(region)]);
        return result.Refused.Count > 0 ? throw result.Refused[0].ToException() : _byKey[region.Id.Value];
    }

    /// <summary>Finds a region by its id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns>Whether a region has that id.</returns>
    public bool TryGet(RegionId id, [MaybeNullWhen(false)] out Region region)
    {
        region = null;
        return id.Value.Length > 0 && _byKey.TryGetValue(id.Value, out region) && region.Id.Equals(id);
    }

    /// <summary>Finds a country by its ISO 3166-1 code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country, or null.</returns>
    public Region? Find(CountryCode code) =>
        _byKey.TryGetValue(code.Value, out var region) && region.IsCountry ? region : null;

    /// <summary>Finds a subdivision by its current ISO 3166-2 code or by a code it had before.</summary>
    /// <param name="code">The code, current or former.</param>
    /// <returns>The subdivision, or null.</returns>
    public Region? Find(SubdivisionCode code) =>
        _byKey.TryGetValue(code.Value, out var region) && IsCodeOf(region, code) ? region : null;

    /// <summary>Finds a region by its Wikidata id.</summary>
    /// <param name="id">The Wikidata id.</param>
    /// <returns>The region, or null.</returns>
    public Region? Find(WikidataId id) => _byWikidataId.GetValueOrDefault(id.Number);

    /// <summary>
    /// Finds a region by any of its keys given as text: its id, an ISO code (current or former) or its
    /// Wikidata id.
    /// </summary>
    /// <param name="key">The key, for example <c>"CN-31"</c>, <c>"KR"</c> or <c>"Q8686"</c>.</param>
    /// <returns>The region, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Region? Resolve(string key)
    {
        Guard.Against.Null(key);
        return _byKey.GetValueOrDefault(key.Trim());
    }

    /// <summary>Finds the regions that have a name, in any of their languages.</summary>
    /// <param name="name">
    /// The name; case, surrounding white space, full-width or half-width forms, accents on Latin and Greek letters
    /// and the strokes of ł, ø, đ and their like do not matter. Japanese voiced marks do (が is not か).
    /// </param>
    /// <returns>The regions with that name, in the order they were added; empty when none has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Region> FindByName(string name)
    {
        Guard.Against.Null(name);
        return _byName.TryGetValue(NameFolding.Fold(name), out var group) ? group : None;
    }

    /// <summary>The regions whose parent is the given region, in the order they were added.</summary>
    /// <param name="region">The parent region.</param>
    /// <returns>Its direct children in the directory; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public IReadOnlyList<Region> ChildrenOf(Region region)
    {
        Guard.Against.Null(region);
        return _children.TryGetValue(region.Id, out var group) ? group : None;
    }

    /// <summary>Every region that lies inside the given one, at any depth, parents before their children.</summary>
    /// <param name="region">The containing region.</param>
    /// <returns>Its descendants in the directory, without the region itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public IEnumerable<Region> DescendantsOf(Region region)
    {
        Guard.Against.Null(region);
        return Walk(region);

        IEnumerable<Region> Walk(Region root)
        {
            var pending = new Queue<Region>(ChildrenOf(root));
            while (pending.TryDequeue(out var next))
            {
                yield return next;
                foreach (var child in ChildrenOf(next))
                {
                    pending.Enqueue(child);
                }
            }
        }
    }

    // The same description, not only the same id (which is what Region.Equals compares): a list that says
    // something else about a region must be told, not answered "found".
    private static bool IsSameRegion(Region given, Region held) =>
        ReferenceEquals(given, held)
        || (given.Id.Equals(held.Id)
            && given.Kind == held.Kind
            && given.Parent?.Id == held.Parent?.Id
            && given.TimeZone.Equals(held.TimeZone)
            && given.SubdivisionCode == held.SubdivisionCode
            && given.FormerSubdivisionCodes.ToHashSet().SetEquals(held.FormerSubdivisionCodes)
            && given.WikidataId == held.WikidataId
            && given.Names.Primary == held.Names.Primary
            && given.Names.All.ToHashSet().SetEquals(held.Names.All));

    private static bool IsCodeOf(Region region, SubdivisionCode code) =>
        region.SubdivisionCode == code || region.FormerSubdivisionCodes.Contains(code);

    private static IEnumerable<string> KeysOf(Region region)
    {
        yield return region.Id.Value;
        if (region.CountryCode is { } countryCode)
        {
            yield return countryCode.Value;
        }

        if (region.SubdivisionCode is { } code)
        {
            yield return code.Value;
        }

        foreach (var former in region.FormerSubdivisionCodes)
        {
            yield return former.Value;
        }

        // A Wikidata id shares the key space of ids and codes, so that an id "Q8686" of one region and the
        // Wikidata id Q8686 of another cannot both be in a directory and make Resolve ambiguous.
        if (region.WikidataId is { } wikidataId)
        {
            yield return wikidataId.ToString();
        }
    }

    private static void AddTo<TKey>(Dictionary<TKey, Group> groups, TKey key, Region region)
        where TKey : notnull
    {
        if (groups.TryGetValue(key, out var group))
        {
            group.AddOnce(region);
        }
        else
        {
            groups.Add(key, new Group(region));
        }
    }

    private BatchPlan Plan(IEnumerable<Region> regions, bool findExisting)
    {
        Guard.Against.Null(regions);
        var given = regions.ToList();
        foreach (var region in given)
        {
            Guard.Against.Null(region, nameof(regions));
        }

        // A stable sort: regions of the same depth keep the order they were given in, which Regions,
        // ChildrenOf and FindByName promise. A batch given parents first, as most are, is taken as it is.
        // Each accepted region claims its keys in the key index at once, so that a later region of the batch is
        // judged against it with the same look-up as against the directory; a refused batch gives them back.
        var plan = new BatchPlan();
        _byKey.EnsureCapacity(_byKey.Count + given.Count);
        var order = Enumerable.Range(0, given.Count);
        foreach (var index in IsParentsFirst(given) ? order : order.OrderBy(index => given[index].Ancestors.Length))
        {
            var region = given[index];
            if (findExisting && HeldAlready(region))
            {
                plan.Found.Add(region);
            }
            else if ((RegionKeyMustBeUnique.Refusal(index, region, KeysOf(region), _byKey) ?? RegionParentMustBeKnown.Refusal(index, region, _byKey)) is { } refusal)
            {
                plan.Refused.Add(refusal);
            }
            else
            {
                foreach (var key in KeysOf(region))
                {
                    _byKey[key] = region;
                }

                plan.Added.Add(region);
            }
        }

        return plan;
    }

    /// <summary>Gives back the keys the accepted regions of a refused batch claimed: none was anyone's before.</summary>
    private void Unclaim(List<Region> regions)
    {
        foreach (var region in regions)
        {
            foreach (var key in KeysOf(region))
            {
                _byKey.Remove(key);
            }
        }
    }

    private static bool IsParentsFirst(List<Region> regions)
    {
        for (var index = 1; index < regions.Count; index++)
        {
            if (regions[index].Ancestors.Length < regions[index - 1].Ancestors.Length)
            {
                return false;
            }
        }

        return true;
    }

    private bool HeldAlready(Region region) =>
        _byKey.TryGetValue(region.Id.Value, out var held) && IsSameRegion(region, held);

    /// <summary>Files the regions of an accepted batch, whose keys are claimed already, in the list and the other indexes.</summary>
    private void IndexAll(List<Region> regions)
    {
        _regions.EnsureCapacity(_regions.Count + regions.Count);
        if (regions.Count >= LargeBatch.MinimumSize)
        {
            IndexOnTwoThreads(regions);
            return;
        }

        foreach (var region in regions)
        {
            IndexPlace(region);
            IndexNames(region);
        }
    }

    // Apart from IndexAll, so that a batch of one does not pay for the closure.
    private void IndexOnTwoThreads(List<Region> regions) =>
        Parallel.Invoke(() => regions.ForEach(IndexPlace), () => regions.ForEach(IndexNames));

    /// <summary>Files a region in the list, under its Wikidata id and under its parent.</summary>
    private void IndexPlace(Region region)
    {
        _regions.Add(region);
        if (region.WikidataId is { } wikidataId)
        {
            _byWikidataId.Add(wikidataId.Number, region);
        }

        if (region.Parent is { } parent)
        {
            AddTo(_children, parent.Id, region);
        }
    }

    /// <summary>Files a region under each of its names.</summary>
    private void IndexNames(Region region)
    {
        foreach (var folded in region.Names.Folded())
        {
            AddTo(_byName, folded, region);
        }
    }

    private sealed class BatchPlan
    {
        public List<Region> Added { get; } = [];

        public List<Region> Found { get; } = [];

        public List<RegionRefusal> Refused { get; } = [];
    }

    /// <summary>
    /// The regions under one name or one parent, in the order added, and the read-only list the look-ups return. Nearly
    /// every name of a large directory is one region's: a group of one holds that region alone, with no array, so that a
    /// name costs one small object instead of a list, its array and a wrapper.
    /// </summary>
    private sealed class Group(Region first) : IReadOnlyList<Region>
    {
        private Region[]? _more;

        public int Count { get; private set; } = 1;

        public Region this[int index] =>
            (uint)index < (uint)Count ? (index == 0 ? first : _more![index - 1]) : throw new ArgumentOutOfRangeException(nameof(index));

        public void AddOnce(Region region)
        {
            // A region is filed with all its names at once, so a second name of it that folds alike finds it last: a
            // look at the last member keeps the group free of repeats without walking a country's thousands of places.
            if (this[Count - 1].Equals(region))
            {
                return;
            }

            if (_more is null || Count - 1 == _more.Length)
            {
                Array.Resize(ref _more, Math.Max(2, Count * 2));
            }

            _more[Count - 1] = region;
            Count++;
        }

        public IEnumerator<Region> GetEnumerator()
        {
            for (var index = 0; index < Count; index++)
            {
                yield return this[index];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
