using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;
using NodaTime;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// Finds the region a cell names: by key (id, ISO code, Wikidata id), then by name within the country given, then from
/// the catalog (or the gazetteer); a place nobody knows is planned under its country.
/// </summary>
internal sealed partial class ImportPlaces
{
    private readonly RegionDirectory _directory;
    private readonly ImportPlan _plan;
    private readonly string _nameLanguage;
    private readonly string _zoneWithoutCountry;

    // A look-up of a cell stands only while no region has been planned since: a planned region may bear the name looked
    // up, and the same look-up would then find another region, or two.
    private readonly Dictionary<(string Text, string Country), (Region Place, int Plans)> _places = [];
    private readonly Dictionary<string, Region> _countries = new(StringComparer.Ordinal);
    private readonly List<Region> _rowMatched = [];

    public ImportPlaces(RegionDirectory directory, ImportPlan plan, string nameLanguage, string zoneWithoutCountry, IPlaceResolver? places)
    {
        _directory = directory;
        _plan = plan;
        _nameLanguage = LanguageTag.Parse(nameLanguage).Value;
        _zoneWithoutCountry = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneWithoutCountry) is null
            ? throw new ArgumentException($"'{zoneWithoutCountry}' is not an IANA time zone id (like UTC or Asia/Seoul).", nameof(zoneWithoutCountry))
            : zoneWithoutCountry;
        _resolver = places;
    }

    /// <summary>The regions the directory already held that the current row used.</summary>
    public IReadOnlyList<Region> RowMatched => _rowMatched;

    /// <summary>Forgets the regions the current row used: it starts, or it was undone.</summary>
    public void ForgetRow() => _rowMatched.Clear();

    /// <summary>The region a cell names, within <paramref name="country"/> when it is not empty.</summary>
    public Region Place(string text, string country, string role)
    {
        if (text.Length == 0)
        {
            throw new RowRefusedException(RowRefusalReason.MissingPlace, $"The {role} is empty.");
        }

        if (_places.TryGetValue((text, country), out var cached) && cached.Plans == _plan.Plans)
        {
            return Use(cached.Place);
        }

        var place = Find(text, country, role);
        _plan.Cache(_places, (text, country), (place, _plan.Plans));
        return Use(place);
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

    private Region Use(Region region)
    {
        if (_directory.TryGet(region.Id, out var held) && ReferenceEquals(held, region))
        {
            _rowMatched.Add(region);
        }

        return region;
    }

    private Region Find(string text, string country, string role)
    {
        if ((_directory.Resolve(text) ?? _plan.ByKey(text)) is { } byKey)
        {
            return byKey;
        }

        var within = country.Length == 0 ? null : Country(country);
        if (WikidataId.TryParse(text, out var wikidataId))
        {
            return _plan.Plan(within is null
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
        return _directory.TryGet(id, out var existing)
            ? existing
            : _plan.ByKey(id.Value) ?? _plan.Plan(Region.CreatePlace(id, AdministrativeKind.Other, RegionNames.Of(_nameLanguage, text), within));
    }

    /// <summary>The regions with a name, in the directory (and plans), else in the catalog; within a country when one is given.</summary>
    private List<Region> Named(string text, Region? within)
    {
        var named = new List<Region>();
        AddWithin(named, _directory.FindByName(text), within);
        AddWithin(named, _plan.ByName(text), within);
        if (named.Count > 0)
        {
            return named;
        }

        foreach (var region in Catalog.FindByName(text))
        {
            if (within is null || region.IsWithin(within))
            {
                named.Add(FromCatalog(region));
            }
        }

        return named;
    }

    /// <summary>Adds the regions within a country (any, when none is given) that are not there yet.</summary>
    private static void AddWithin(List<Region> named, IReadOnlyList<Region> found, Region? within)
    {
        foreach (var region in found)
        {
            if ((within is null || region.IsWithin(within)) && !named.Contains(region))
            {
                named.Add(region);
            }
        }
    }

    private Region Country(string text)
    {
        if (_countries.TryGetValue(text, out var cached))
        {
            return Use(cached);
        }

        var country = _directory.Resolve(text) is { IsCountry: true } byKey
            ? byKey
            : _directory.FindByName(text).Where(region => region.IsCountry).ToList() is [var named]
                ? named
                : Catalog.FindCountry(text) is { } known
                    ? FromCatalog(known)
                    : throw UnknownCountry(text);
        _plan.Cache(_countries, text, country);
        return Use(country);
    }

    /// <summary>The directory's region with the catalog region's id, or the catalog region planned with the ancestors the directory lacks.</summary>
    private Region FromCatalog(Region region)
    {
        if (_directory.TryGet(region.Id, out var held))
        {
            return held;
        }

        if (_plan.ByKey(region.Id.Value) is { } planned)
        {
            return planned;
        }

        // Ancestors run from the parent up: the plan takes them from the top down, each parent before its children.
        for (var i = region.Ancestors.Length - 1; i >= 0; i--)
        {
            var ancestor = region.Ancestors[i];
            if (!_directory.TryGet(ancestor.Id, out _) && !_plan.HasKey(ancestor.Id.Value))
            {
                _plan.Plan(ancestor);
            }
        }

        return _plan.Plan(region);
    }
}
