using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places;

/// <summary>
/// Every populated place of 1,000 people or more that GeoNames records (about 118,500), each with its first-level
/// division as the reference catalog's ISO 3166-2 region, its seat or capital role, coordinates, IANA time zone,
/// population and names by language; each ready as a core <see cref="Region"/> (<see cref="Place.Region"/>).
/// </summary>
/// <remarks>
/// The data is embedded in the package, compressed, and read on the first question, once, whichever thread asks
/// first; the index of names is built on the first question by name. A place is built on the first question about
/// it and the same instance is returned afterwards, so a look-up by id allocates nothing after that.
/// </remarks>
/// <example>
/// <code>
/// var suwon = Gazetteer.Find(1835553);                        // Suwon (KR-41, geonames:1835553), Asia/Seoul
/// var la = Gazetteer.Choose("Los Angeles", "US")!.Place;      // under US-CA, in America/Los_Angeles
/// var same = Gazetteer.FindByName("수원시", "KR");              // [Suwon]: any language, any of its names
/// </code>
/// </example>
public static class Gazetteer
{
    // Seats of third-level divisions and below are too many to tell a shared name apart: they rank as any place.
    private const int RanksBySeat = (int)PlaceRole.SecondLevelSeat + 1;

    /// <summary>How many places the gazetteer holds.</summary>
    public static int Count => PlaceData.Instance.Value.Count;

    /// <summary>
    /// The gazetteer as the <see cref="IPlaceResolver"/> the sheet and pair-list imports of Diplomacy.Core.Interchange
    /// accept, so that a city they name arrives under its division in its own zone; it answers with <see cref="Choose"/>.
    /// </summary>
    public static IPlaceResolver Resolver { get; } = new GazetteerResolver();

    /// <summary>The place with a GeoNames id, or <see langword="null"/> when the gazetteer holds none.</summary>
    /// <param name="geoNameId">The GeoNames id (1835553 is Suwon).</param>
    /// <returns>The place; the same instance every time.</returns>
    public static Place? Find(int geoNameId)
    {
        var data = PlaceData.Instance.Value;
        var index = data.IndexOf(geoNameId);
        return index < 0 ? null : data.PlaceAt(index);
    }

    /// <summary>
    /// The place a first-level division is governed from: among the division's places that are the country's capital,
    /// its seat of government or the seat of a first-level division, the one that ranks first as <see cref="Choose"/>
    /// ranks them (the capital, then the seat of government, then the seat; then the most populous). Seoul for KR-11,
    /// Suwon for Gyeonggi (KR-41), Shanghai for CN-SH.
    /// </summary>
    /// <remarks>A map draws a division at its seat: the point a reader knows the division by.</remarks>
    /// <param name="division">The division's ISO 3166-2 code as the reference catalog writes it (<c>KR-41</c>); a former code (<c>CN-31</c>) is read as the catalog reads it.</param>
    /// <returns>The seat, or <see langword="null"/> when the gazetteer places none in the division (a country, a code it does not know).</returns>
    public static Place? SeatOf(RegionId division)
    {
        var code = Catalog.Find(division.Value.AsSpan())?.Id.Value ?? division.Value;
        var data = PlaceData.Instance.Value;
        var index = data.SeatOf(code);
        return index < 0 ? null : data.PlaceAt(index);
    }

    /// <summary>
    /// The places that bear a name, in any language and by any of their names (GeoNames' first name, its other names,
    /// the names by language), compared as <see cref="RegionNameComparer"/> compares names; within a country when one
    /// is given; the place a shared name prefers first (see <see cref="Choose"/>).
    /// </summary>
    /// <param name="name">The name (<c>Suwon</c>, <c>Seongnam</c>, <c>수원시</c>, <c>水原市</c>).</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the country to look in, or <see langword="null"/> for all.</param>
    /// <returns>The places; empty when none bears the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Place> FindByName(string name, string? countryCode = null)
    {
        Guard.Against.Null(name);
        var data = PlaceData.Instance.Value;
        var found = new List<int>();
        data.FindByName(name, countryCode, found);
        if (found.Count == 0)
        {
            return [];
        }

        var places = new Place[found.Count];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = data.PlaceAt(found[i]);
        }

        return places;
    }

    /// <summary>
    /// The place a name stands for within a country, by the rule for shared names: the capital; else the seat of a
    /// first-level division; else the seat of a second-level division; else the most populous. When the two places
    /// that rank first cannot be told apart (the same rank and the same population), none is chosen.
    /// </summary>
    /// <remarks>
    /// GeoNames ranks a seat by the level of the division it governs (<c>PPLA</c>, <c>PPLA2</c>); seats of lower levels
    /// are as common as villages, so they rank as any place. Lists of twinned cities name the capital or the seat far
    /// more often than a namesake village: "Springfield, United States" is Illinois' capital.
    /// </remarks>
    /// <param name="name">The name, as <see cref="FindByName"/> takes it.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the country.</param>
    /// <returns>
    /// The choice, with every candidate as a region and the rule that chose (its <see cref="PlaceChoice.Place"/> is
    /// <see langword="null"/> when none could be chosen); <see langword="null"/> when no place in the country bears the name.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PlaceChoice? Choose(string name, string countryCode)
    {
        Guard.Against.Null(countryCode);
        var places = FindByName(name, countryCode);
        if (places.Count == 0)
        {
            return null;
        }

        var candidates = places.Select(place => place.Region).ToList();
        if (places.Count == 1)
        {
            return new PlaceChoice(candidates[0], candidates, "the only place of the country with that name");
        }

        var (first, second) = (places[0], places[1]);
        var many = string.Create(CultureInfo.InvariantCulture, $"{places.Count} places of {countryCode.ToUpperInvariant()} bear the name");
        if (RankOf(first.Role) < RankOf(second.Role))
        {
            return new PlaceChoice(candidates[0], candidates, $"{many}; chose {Describe(first.Role)}");
        }

        return first.Population > second.Population
            ? new PlaceChoice(candidates[0], candidates, $"{many}; chose the most populous")
            : new PlaceChoice(null, candidates, $"{many}, and the first two rank alike with the same population");
    }

    internal static int RankOf(PlaceRole role) => Math.Min((int)role, RanksBySeat);

    internal static string Describe(PlaceRole role) => role switch
    {
        PlaceRole.Capital => "the capital",
        PlaceRole.SeatOfGovernment => "the seat of government",
        PlaceRole.FirstLevelSeat => "the seat of a first-level division",
        _ => "the seat of a second-level division",
    };

    internal static int Compare(PlaceData data, int a, int b)
    {
        var byRank = data.RankAt(a).CompareTo(data.RankAt(b));
        if (byRank != 0)
        {
            return byRank;
        }

        var byPopulation = data.PopulationAt(b).CompareTo(data.PopulationAt(a));
        return byPopulation != 0 ? byPopulation : data.IdAt(a).CompareTo(data.IdAt(b));
    }

    private sealed class GazetteerResolver : IPlaceResolver
    {
        public PlaceChoice? Resolve(string name, Region country)
        {
            Guard.Against.Null(country);
            return country.CountryCode is { } code ? Choose(name, code.Value) : null;
        }
    }
}
