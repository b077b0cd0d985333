using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using NodaTime;
using NodaTime.TimeZones;

namespace Diplomacy.Core.Interchange.Sheets;

/// <summary>
/// One import into a register: finds or plans the regions rows name, folds repeated ties, and lands each row whole
/// (or, all or nothing, every row at the end), keeping the tally the <see cref="ImportReport"/> gives.
/// </summary>
/// <remarks>
/// Regions a row needs and the directory lacks are <em>planned</em>: held aside, found by later look-ups of the same
/// row (and, all or nothing, of later rows), and added to the directory only when the row lands. A refused row's
/// plans and cached look-ups are undone, so that nothing it named remains.
/// </remarks>
internal sealed partial class ImportSession
{
    private static readonly Lazy<Dictionary<string, int>> ZonesPerCountry = new(() =>
        TzdbDateTimeZoneSource.Default.ZoneLocations!
            .GroupBy(location => location.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase));

    private readonly Register _register;
    private readonly bool _allOrNothing;
    private readonly string _nameLanguage;
    private readonly string _zoneWithoutCountry;

    private readonly List<Region> _planned = [];
    private readonly Dictionary<string, Region> _plannedByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Region>> _plannedByName = new(RegionNameComparer.Instance);
    private readonly List<Agreement> _plannedTies = [];

    // A look-up of a cell stands only while no region has been planned since: a planned region may bear the name looked
    // up, and the same look-up would then find another region, or two.
    private readonly Dictionary<(string Text, string Country), (Region Place, int Plans)> _places = [];
    private int _plans;
    private readonly Dictionary<string, Region> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<AgreementId> _ids = [];
    private Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)>? _ties;

    private readonly List<Action> _undo = [];
    private readonly List<Region> _rowMatched = [];

    private readonly List<Region> _created = [];
    private readonly HashSet<RegionId> _createdIds = [];
    private readonly List<Region> _matched = [];
    private readonly HashSet<RegionId> _matchedIds = [];
    private readonly List<Agreement> _tiesCreated = [];
    private readonly List<DuplicateRow> _duplicates = [];
    private readonly List<SelfTieRow> _selfTies = [];
    private readonly List<RefusedRow> _refused = [];
    private int _rowsRead;

    public ImportSession(Register register, bool allOrNothing, string nameLanguage, string zoneWithoutCountry)
    {
        _register = register;
        _allOrNothing = allOrNothing;
        _nameLanguage = LanguageTag.Parse(nameLanguage).Value;
        _zoneWithoutCountry = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneWithoutCountry) is null
            ? throw new ArgumentException($"'{zoneWithoutCountry}' is not an IANA time zone id (like UTC or Asia/Seoul).", nameof(zoneWithoutCountry))
            : zoneWithoutCountry;
    }

    private RegionDirectory Directory => _register.Directory;

    /// <summary>Reads each row with <paramref name="readRow"/>, which lands it or throws its refusal; a refusal is recorded and the next row read.</summary>
    public ImportReport Read(IEnumerable<(int Line, string[] Cells)> rows, Action<int, string[]> readRow)
    {
        foreach (var (line, cells) in rows)
        {
            BeginRow();
            try
            {
                var malformed = Array.FindIndex(cells, HasLoneSurrogate);
                if (malformed >= 0)
                {
                    throw new RowRefusedException(RowRefusalReason.MalformedText, $"Cell {malformed + 1} holds half of a surrogate pair, which is not text.");
                }

                readRow(line, cells);
            }
            catch (RowRefusedException refusal)
            {
                Refuse(line, refusal);
            }
        }

        return Finish();
    }

    /// <summary>Starts a row: what it plans from here on is undone if it is refused.</summary>
    private void BeginRow()
    {
        _rowsRead++;
        _undo.Clear();
        _rowMatched.Clear();
    }

    /// <summary>Records a refused row and undoes what it planned.</summary>
    private void Refuse(int line, RowRefusedException refusal)
    {
        Undo();
        _refused.Add(new RefusedRow(line, refusal.Reason, refusal.Message, refusal.Rule));
    }

    /// <summary>
    /// The region a cell names: by key (id, ISO code, Wikidata id), then by name within the country given, then from
    /// the catalog; a place the catalog lacks is created under its country.
    /// </summary>
    public Region Place(string text, string country, string role)
    {
        if (text.Length == 0)
        {
            throw new RowRefusedException(RowRefusalReason.MissingPlace, $"The {role} is empty.");
        }

        if (_places.TryGetValue((text, country), out var cached) && cached.Plans == _plans)
        {
            return Use(cached.Place);
        }

        var place = Find(text, country, role);
        Cache(_places, (text, country), (place, _plans));
        return Use(place);
    }

    /// <summary>Adds the tie a row describes, or reports it as a self-tie or a duplicate.</summary>
    public void Tie(int line, Region first, Region second, AgreementKind kind, PartialDate signedOn, IEnumerable<CooperationField> fields, string note, string id, bool directed)
    {
        if (first.Equals(second))
        {
            Undo();
            _selfTies.Add(new SelfTieRow(line, first));
            return;
        }

        var ties = _ties ??= HeldTies();
        var key = KeyOf(first, second, kind);
        if (ties.TryGetValue(key, out var held))
        {
            Undo();
            _duplicates.Add(new DuplicateRow(line, held.Id, directed && !held.First.Equals(first.Id)));
            return;
        }

        var agreementId = IdFor(id, first, second, kind);
        Agreement agreement;
        try
        {
            agreement = Agreement.Sign(agreementId, kind, [first, second], signedOn, fields: fields);
        }
        catch (DomainRuleException broken)
        {
            throw new RowRefusedException(RowRefusalReason.BrokenRule, broken.Message, broken.Rule);
        }

        if (note.Length > 0)
        {
            agreement.AddNote(note);
        }

        if (!_allOrNothing)
        {
            Land(_planned, [agreement]);
            ClearPlans();
        }
        else
        {
            _plannedTies.Add(agreement);
        }

        ties.Add(key, (agreementId, first.Id));
        _ids.Add(agreementId);
        foreach (var region in _rowMatched)
        {
            if (!_createdIds.Contains(region.Id) && _matchedIds.Add(region.Id))
            {
                _matched.Add(region);
            }
        }
    }

    /// <summary>Lands what all-or-nothing mode held back, when no row was refused, and gives the report.</summary>
    public ImportReport Finish()
    {
        var landed = _refused.Count == 0 || !_allOrNothing;
        if (_allOrNothing && landed)
        {
            try
            {
                Land(_planned, _plannedTies);
            }
            catch (RowRefusedException refusal)
            {
                // Rows planned apart can still clash as a whole (two places claiming one key); the batch is refused, not half-added.
                _refused.Add(new RefusedRow(0, refusal.Reason, refusal.Message, refusal.Rule));
                landed = false;
            }
        }

        return new ImportReport(
            _rowsRead,
            landed,
            landed ? _created : [],
            _matched,
            landed ? [.. _created.Where(region => !_fromGazetteer.Contains(region.Id) && HasAssumedZone(region))] : [],
            landed ? _tiesCreated : [],
            _duplicates,
            _selfTies,
            _refused)
        {
            SharedNames = [.. _sharedNames.Values],
        };
    }

    // A reader over a string can hold what no decoder would give; the core's name folding (NFKC) throws on it.
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static (RegionId, RegionId, AgreementKind) KeyOf(Region first, Region second, AgreementKind kind) =>
        string.Compare(first.Id.Value, second.Id.Value, StringComparison.OrdinalIgnoreCase) <= 0
            ? (first.Id, second.Id, kind)
            : (second.Id, first.Id, kind);

    private static bool HasAssumedZone(Region region) =>
        region is { SubdivisionCode: null, Parent: { IsCountry: true } country }
        && ZonesPerCountry.Value.GetValueOrDefault(country.Id.Value) > 1;

    private Region Use(Region region)
    {
        if (Directory.TryGet(region.Id, out var held) && ReferenceEquals(held, region))
        {
            _rowMatched.Add(region);
        }

        return region;
    }

    private Region Find(string text, string country, string role)
    {
        if ((Directory.Resolve(text) ?? _plannedByKey.GetValueOrDefault(text)) is { } byKey)
        {
            return byKey;
        }

        var within = country.Length == 0 ? null : Country(country);
        if (WikidataId.TryParse(text, out var wikidataId))
        {
            return Plan(within is null
                ? Region.CreatePlace(RegionId.For(wikidataId), AdministrativeKind.Other, RegionNames.Of(_nameLanguage, text), null, _zoneWithoutCountry, wikidataId)
                : Region.CreatePlace(RegionId.For(wikidataId), AdministrativeKind.Other, RegionNames.Of(_nameLanguage, text), within, wikidataId: wikidataId));
        }

        if (SubdivisionCode.TryParse(text, out _))
        {
            return Catalog.Find(text) is { } coded
                ? FromCatalog(coded)
                : throw new RowRefusedException(RowRefusalReason.UnknownCode, $"The {role} '{text}' is a subdivision code that neither the register nor the catalog holds.");
        }

        if (text.Length == 2 && Catalog.Find(text) is { IsCountry: true } countryByCode)
        {
            return FromCatalog(countryByCode);
        }

        if (within is not null && FromGazetteer(text, within, role) is { } placed)
        {
            return placed;
        }

        var named = Named(text, within);
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count > 1)
        {
            throw new RowRefusedException(
                RowRefusalReason.AmbiguousName,
                $"The {role} '{text}' names {named.Count} regions ({string.Join(", ", named.Select(region => region.Id.Value))}): give its code, or its country.");
        }

        // "Suwon, Republic of Korea": the form lists use when they have no country column.
        var comma = text.LastIndexOf(',');
        if (within is null && comma > 0 && Catalog.FindCountry(text[(comma + 1)..]) is not null)
        {
            return Place(text[..comma].Trim(), text[(comma + 1)..].Trim(), role);
        }

        if (within is null)
        {
            throw comma > 0 && Catalog.FindUnlistedCountry(text[(comma + 1)..]) is { } unlisted
                ? Unlisted(text[(comma + 1)..].Trim(), unlisted)
                : new RowRefusedException(
                    RowRefusalReason.UnknownPlace, $"The {role} '{text}' is in neither the register nor the catalog: give its country, so that it can be created there.");
        }

        var id = new RegionId($"{within.Id.Value}:{text}");
        return Directory.TryGet(id, out var existing)
            ? existing
            : _plannedByKey.GetValueOrDefault(id.Value) ?? Plan(Region.CreatePlace(id, AdministrativeKind.Other, RegionNames.Of(_nameLanguage, text), within));
    }

    /// <summary>The regions with a name, in the directory (and plans), else in the catalog; within a country when one is given.</summary>
    private List<Region> Named(string text, Region? within)
    {
        var held = Directory.FindByName(text)
            .Concat(_plannedByName.GetValueOrDefault(text) ?? [])
            .Where(region => within is null || region.IsWithin(within))
            .Distinct()
            .ToList();
        return held.Count > 0
            ? held
            : [.. Catalog.FindByName(text).Where(region => within is null || region.IsWithin(within)).Select(FromCatalog)];
    }

    private Region Country(string text)
    {
        if (_countries.TryGetValue(text, out var cached))
        {
            return Use(cached);
        }

        var country = Directory.Resolve(text) is { IsCountry: true } byKey
            ? byKey
            : Directory.FindByName(text).Where(region => region.IsCountry).ToList() is [var named]
                ? named
                : Catalog.FindCountry(text) is { } known
                    ? FromCatalog(known)
                    : throw UnknownCountry(text);
        Cache(_countries, text, country);
        return Use(country);
    }

    /// <summary>
    /// The refusal of a country the catalog does not find: ambiguous when the name is several countries' (in one
    /// language or across languages), so that no row silently lands in one of them; unlisted when it is a country
    /// neither ISO nor CLDR holds (Northern Cyprus), saying what to give instead; else unknown.
    /// </summary>
    private static RowRefusedException UnknownCountry(string text) =>
        Catalog.FindByName(text).Where(region => region.IsCountry).Select(region => region.Id.Value).ToList() is { Count: > 1 } codes
            ? new RowRefusedException(RowRefusalReason.AmbiguousName, $"The country '{text}' names {codes.Count} countries ({string.Join(", ", codes)}): give its ISO code.")
            : Catalog.FindUnlistedCountry(text) is { } unlisted
                ? Unlisted(text, unlisted)
                : new RowRefusedException(RowRefusalReason.UnknownCountry, $"The country '{text}' is neither a code nor a name of a country the register or the catalog knows.");

    private static RowRefusedException Unlisted(string text, UnlistedCountry unlisted) =>
        new(RowRefusalReason.UnlistedCountry,
            $"The country '{text}' is {unlisted.Name}, which neither ISO 3166 nor CLDR lists as a country, so the catalog holds no such country: "
            + $"give {unlisted.ListedUnder.Names.In("en")} ({unlisted.ListedUnder.Id.Value}), the country ISO counts it in, or name a place the register holds.");

    /// <summary>The directory's region with the catalog region's id, or the catalog region planned with the ancestors the directory lacks.</summary>
    private Region FromCatalog(Region region)
    {
        if (Directory.TryGet(region.Id, out var held))
        {
            return held;
        }

        if (_plannedByKey.TryGetValue(region.Id.Value, out var planned))
        {
            return planned;
        }

        foreach (var ancestor in region.Ancestors.Reverse())
        {
            if (!Directory.TryGet(ancestor.Id, out _) && !_plannedByKey.ContainsKey(ancestor.Id.Value))
            {
                Plan(ancestor);
            }
        }

        return Plan(region);
    }

    private Region Plan(Region region)
    {
        _plans++;
        _planned.Add(region);
        var keys = new List<string> { region.Id.Value };
        keys.AddRange(region.FormerSubdivisionCodes.Select(code => code.Value));
        if (region.WikidataId is { } wikidataId)
        {
            keys.Add(wikidataId.ToString());
        }

        foreach (var key in keys)
        {
            _plannedByKey[key] = region;
        }

        var names = region.Names.All.Select(name => name.Text).ToList();
        foreach (var name in names)
        {
            if (!_plannedByName.TryGetValue(name, out var list))
            {
                list = [];
                _plannedByName.Add(name, list);
            }

            list.Add(region);
        }

        _undo.Add(() =>
        {
            _planned.Remove(region);
            foreach (var key in keys)
            {
                _plannedByKey.Remove(key);
            }

            foreach (var name in names)
            {
                if (_plannedByName.TryGetValue(name, out var list))
                {
                    list.Remove(region);
                    if (list.Count == 0)
                    {
                        _plannedByName.Remove(name);
                    }
                }
            }
        });
        return region;
    }

    private void Cache<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        cache[key] = value;
        _undo.Add(() => cache.Remove(key));
    }

    private void Undo()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
        _rowMatched.Clear();
    }

    private void ClearPlans()
    {
        _planned.Clear();
        _plannedByKey.Clear();
        _plannedByName.Clear();
        _undo.Clear();
    }

    /// <summary>Adds planned regions, all or none, then the ties: ids were checked, so an added tie cannot be refused after its regions landed.</summary>
    private void Land(List<Region> regions, List<Agreement> ties)
    {
        if (regions.Count > 0)
        {
            try
            {
                Directory.AddRange(regions);
            }
            catch (DomainRuleException broken)
            {
                throw new RowRefusedException(RowRefusalReason.BrokenRule, broken.Message, broken.Rule);
            }

            _created.AddRange(regions);
            _createdIds.UnionWith(regions.Select(region => region.Id));
        }

        foreach (var tie in ties)
        {
            _register.AddDistinct(tie);
            _tiesCreated.Add(tie);
        }
    }

    private AgreementId IdFor(string given, Region first, Region second, AgreementKind kind)
    {
        if (given.Length > 0)
        {
            var id = new AgreementId(given);
            return _ids.Contains(id) || _register.Find(id) is not null
                ? throw new RowRefusedException(RowRefusalReason.IdTaken, $"The id '{given}' is already held by another agreement.")
                : id;
        }

        var stem = $"{first.Id.Value}~{second.Id.Value}~{kind}";
        var made = new AgreementId(stem);
        for (var n = 2; _ids.Contains(made) || _register.Find(made) is not null; n++)
        {
            made = new AgreementId($"{stem}~{n}");
        }

        return made;
    }

    private Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)> HeldTies()
    {
        var ties = new Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)>();
        foreach (var agreement in _register.Agreements)
        {
            if (agreement.Parties.Count == 2)
            {
                ties.TryAdd(KeyOf(agreement.Parties[0].Region, agreement.Parties[1].Region, agreement.Kind), (agreement.Id, agreement.Parties[0].Region.Id));
            }
        }

        return ties;
    }
}
