using System.Globalization;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places;

/// <summary>
/// A populated place of the gazetteer: a city, town or village of 1,000 people or more, as GeoNames records it,
/// with its first-level division as the reference catalog's region.
/// </summary>
/// <remarks>
/// A place is built on the first question about it and the same instance is returned afterwards; it is immutable
/// and safe to share between threads.
/// </remarks>
public sealed class Place
{
    private Region? _region;

    internal Place(
        int geoNameId,
        string name,
        IReadOnlyList<string> otherNames,
        RegionNames names,
        string countryCode,
        string? admin1Code,
        Region? division,
        string featureCode,
        double latitude,
        double longitude,
        string timeZoneId,
        long population)
    {
        GeoNameId = geoNameId;
        Name = name;
        OtherNames = otherNames;
        Names = names;
        CountryCode = countryCode;
        Admin1Code = admin1Code;
        Division = division;
        FeatureCode = featureCode;
        Role = RoleOf(featureCode);
        Latitude = latitude;
        Longitude = longitude;
        TimeZoneId = timeZoneId;
        Population = population;
    }

    /// <summary>The place's GeoNames id (1835553 is Suwon).</summary>
    public int GeoNameId { get; }

    /// <summary>The name GeoNames gives first, often the administrative form (<c>Suwon</c>, <c>Seongnam-si</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The other names GeoNames lists, without language tags: plain and administrative forms, transliterations,
    /// names in other scripts (<c>Suwon-si</c>, <c>수원시</c>, <c>水原市</c>). Each finds the place.
    /// </summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>
    /// The names by language: <see cref="Name"/> as the primary name, under <c>und</c> (GeoNames does not say its
    /// language), and the names the sources give by language, Chinese as <c>zh-Hans</c> and, where the source wrote
    /// Traditional characters, <c>zh-Hant</c>.
    /// </summary>
    public RegionNames Names { get; }

    /// <summary>The ISO 3166-1 alpha-2 code of the place's country, as GeoNames writes it (<c>XK</c> for Kosovo).</summary>
    public string CountryCode { get; }

    /// <summary>GeoNames' first-level division code (<c>KR.13</c>), or <see langword="null"/> when it gives none.</summary>
    public string? Admin1Code { get; }

    /// <summary>
    /// The first-level division the place lies in, as the reference catalog's ISO 3166-2 region (Suwon: KR-41), or
    /// <see langword="null"/> when GeoNames' division has no ISO code (see the package README for the share placed).
    /// </summary>
    public Region? Division { get; }

    /// <summary>GeoNames' feature code (<c>PPLC</c>, <c>PPLA</c>, <c>PPLA2</c>, <c>PPL</c>...).</summary>
    public string FeatureCode { get; }

    /// <summary>The government the place is the seat of, from <see cref="FeatureCode"/>.</summary>
    public PlaceRole Role { get; }

    /// <summary>The latitude in degrees (WGS 84).</summary>
    public double Latitude { get; }

    /// <summary>The longitude in degrees (WGS 84).</summary>
    public double Longitude { get; }

    /// <summary>The IANA id of the place's time zone (<c>America/Los_Angeles</c>).</summary>
    public string TimeZoneId { get; }

    /// <summary>The population GeoNames records.</summary>
    public long Population { get; }

    /// <summary>The place's key as a region: <c>geonames:</c> and its id (<c>geonames:1835553</c>).</summary>
    public RegionId RegionId => new(string.Create(CultureInfo.InvariantCulture, $"geonames:{GeoNameId}"));

    /// <summary>
    /// The place as a core region: a <see cref="AdministrativeKind.City"/> (a section of a city, GeoNames' <c>PPLX</c>,
    /// is a <see cref="AdministrativeKind.District"/>) keyed <see cref="RegionId"/>, under its <see cref="Division"/>,
    /// else under its country from the catalog, else (a country the catalog lacks) without a parent; always in its
    /// own <see cref="TimeZoneId"/>. Built once.
    /// </summary>
    public Region Region
    {
        get
        {
            if (Volatile.Read(ref _region) is { } built)
            {
                return built;
            }

            var parent = Division ?? Catalog.Find(CountryCode);
            var kind = FeatureCode == "PPLX" ? AdministrativeKind.District : AdministrativeKind.City;
            var region = Region.CreatePlace(RegionId, kind, Names, parent, TimeZoneId);
            return Interlocked.CompareExchange(ref _region, region, null) ?? region;
        }
    }

    /// <summary>The name, the division or country, and the id, for example <c>Suwon (KR-41, geonames:1835553)</c>.</summary>
    /// <returns>A description for logs and reports.</returns>
    public override string ToString() => $"{Name} ({Division?.Id.Value ?? CountryCode}, {RegionId})";

    internal static PlaceRole RoleOf(ReadOnlySpan<char> featureCode) => featureCode switch
    {
        "PPLC" => PlaceRole.Capital,
        "PPLG" => PlaceRole.SeatOfGovernment,
        "PPLA" => PlaceRole.FirstLevelSeat,
        "PPLA2" => PlaceRole.SecondLevelSeat,
        "PPLA3" or "PPLA4" or "PPLA5" => PlaceRole.LowerSeat,
        _ => PlaceRole.None,
    };
}
