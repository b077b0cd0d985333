using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography.Rules;
using NodaTime;

namespace Diplomacy.Core.Geography;

/// <summary>
/// A government's territory at some administrative level: a country, a province, a direct-administered
/// municipality such as Shanghai, a city such as Suwon, a district.
/// </summary>
/// <remarks>
/// <para>
/// A region is an entity: two regions are equal when their <see cref="Id"/>s are equal, whatever else they
/// hold. It is immutable, and so safe to share between threads.
/// </para>
/// <para>
/// Regions nest through <see cref="Parent"/> (Suwon → Gyeonggi-do → KR). A region whose parent is a
/// country is a first-level division (for China, a province-level division), whatever its kind; a region
/// of a city kind is a municipality (<see cref="IsMunicipality"/>). So Shanghai is both.
/// </para>
/// <para>
/// A region without a parent is allowed besides countries, for registers that know a place but not the
/// country it lies in (much of Wikidata's twinning data); such a region must name its own time zone.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var china = Region.CreateCountry(CountryCode.Parse("CN"), RegionNames.Of("zh-Hans", "中国").And("en", "China"), "Asia/Shanghai");
/// var shanghai = Region.CreateSubdivision(
///     SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality,
///     RegionNames.Of("zh-Hans", "上海市").And("ko", "상하이시").And("en", "Shanghai"), china,
///     formerCodes: [SubdivisionCode.Parse("CN-31")]);
/// shanghai.IsMunicipality;        // true
/// shanghai.IsFirstLevelDivision;  // true: one of China's province-level divisions
/// </code>
/// </example>
public sealed class Region : IEquatable<Region>
{
    // Hashing the key ignoring case walks its text; the register hashes a region several times for each tie it files.
    private readonly int _hashCode;

    private Region(
        RegionId id,
        AdministrativeKind kind,
        RegionNames names,
        DateTimeZone timeZone,
        Region? parent,
        CountryCode? countryCode,
        SubdivisionCode? subdivisionCode,
        ImmutableArray<SubdivisionCode> formerCodes,
        WikidataId? wikidataId)
    {
        Id = id;
        _hashCode = id.GetHashCode();
        Kind = kind;
        Names = names;
        TimeZone = timeZone;
        Parent = parent;
        CountryCode = countryCode;
        SubdivisionCode = subdivisionCode;
        FormerSubdivisionCodes = formerCodes;
        WikidataId = wikidataId;
        Ancestors = parent is null ? [] : [parent, .. parent.Ancestors];
        Country = kind == AdministrativeKind.Country ? this : Ancestors.LastOrDefault(a => a.Kind == AdministrativeKind.Country);
    }

    /// <summary>The region's stable key (its code by default).</summary>
    public RegionId Id { get; }

    /// <summary>What sort of government's territory the region is.</summary>
    public AdministrativeKind Kind { get; }

    /// <summary>The region's names by language.</summary>
    public RegionNames Names { get; }

    /// <summary>The region's primary name.</summary>
    public string Name => Names.Primary.Text;

    /// <summary>The region's time zone; a region that does not name one takes its parent's.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The region this one lies in, or null for a country or a place whose parent is not known.</summary>
    public Region? Parent { get; }

    /// <summary>Every region this one lies in, nearest first: Suwon's are Gyeonggi-do, then KR.</summary>
    public ImmutableArray<Region> Ancestors { get; }

    /// <summary>The country the region lies in (itself for a country), or null when no ancestor is a country.</summary>
    public Region? Country { get; }

    /// <summary>The ISO 3166-1 code of a country; null for every other kind.</summary>
    public CountryCode? CountryCode { get; }

    /// <summary>The current ISO 3166-2 code of a subdivision, or null when it has none.</summary>
    public SubdivisionCode? SubdivisionCode { get; }

    /// <summary>ISO 3166-2 codes the subdivision had before (<c>CN-31</c> for Shanghai); they still find it.</summary>
    public ImmutableArray<SubdivisionCode> FormerSubdivisionCodes { get; }

    /// <summary>The region's Wikidata id, when known.</summary>
    public WikidataId? WikidataId { get; }

    /// <summary>Whether the region is a country.</summary>
    public bool IsCountry => Kind == AdministrativeKind.Country;

    /// <summary>
    /// Whether the region is a first-level division of a country, whatever its kind: Gyeonggi-do (a province)
    /// and Shanghai (a direct-administered municipality) are; Suwon (a city in Gyeonggi-do) is not.
    /// </summary>
    public bool IsFirstLevelDivision => Parent is { IsCountry: true };

    /// <summary>
    /// Whether the region is a city: a direct-administered municipality, a special, metropolitan or
    /// self-governing city, or a city below the first level.
    /// </summary>
    public bool IsMunicipality => Kind is AdministrativeKind.DirectAdministeredMunicipality
        or AdministrativeKind.SpecialCity
        or AdministrativeKind.MetropolitanCity
        or AdministrativeKind.SpecialSelfGoverningCity
        or AdministrativeKind.City;

    /// <summary>Defines a country.</summary>
    /// <param name="code">The country's ISO 3166-1 code; it becomes the region's <see cref="Id"/>.</param>
    /// <param name="names">The country's names.</param>
    /// <param name="timeZoneId">The IANA id of the country's (capital's) time zone, for example <c>"Asia/Seoul"</c>.</param>
    /// <param name="wikidataId">The country's Wikidata id, when known.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The code is <c>default</c>, or the zone id is not a known IANA zone.</exception>
    public static Region CreateCountry(CountryCode code, RegionNames names, string timeZoneId, WikidataId? wikidataId = null)
    {
        Guard.Against.Default(code);
        Guard.Against.Null(names);
        return new Region(RegionId.For(code), AdministrativeKind.Country, names, ResolveZone(timeZoneId), null, code, null, [], wikidataId);
    }

    /// <summary>Defines a subdivision that has an ISO 3166-2 code: a province, a prefecture, Shanghai, Seoul.</summary>
    /// <param name="code">The current ISO 3166-2 code; it becomes the region's <see cref="Id"/>.</param>
    /// <param name="kind">The subdivision's kind; anything but <see cref="AdministrativeKind.Country"/>.</param>
    /// <param name="names">The subdivision's names.</param>
    /// <param name="parent">The region it lies in: its country, or a higher subdivision.</param>
    /// <param name="timeZoneId">The IANA id of its time zone; null to take the parent's.</param>
    /// <param name="wikidataId">Its Wikidata id, when known.</param>
    /// <param name="formerCodes">Codes ISO has since replaced, which must still find the region.</param>
    /// <returns>The subdivision.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The code is <c>default</c>, the kind is a country, or the zone id is not a known IANA zone.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// A code belongs to another country than the parent's (<see cref="DomainRule.SubdivisionCodeMustMatchCountry"/>),
    /// or an ancestor has the same id (<see cref="DomainRule.RegionCannotBeItsOwnAncestor"/>).
    /// </exception>
    public static Region CreateSubdivision(
        SubdivisionCode code,
        AdministrativeKind kind,
        RegionNames names,
        Region parent,
        string? timeZoneId = null,
        WikidataId? wikidataId = null,
        IEnumerable<SubdivisionCode>? formerCodes = null)
    {
        Guard.Against.Default(code);
        Guard.Against.Null(parent);
        var former = (formerCodes ?? []).ToImmutableArray();
        foreach (var formerCode in former)
        {
            Guard.Against.Default(formerCode, nameof(formerCodes));
        }

        var id = RegionId.For(code);
        SubdivisionCodeMustMatchCountry.Check(id, parent.Country, former.Prepend(code));
        return Create(id, kind, names, parent, timeZoneId, code, former, wikidataId);
    }

    /// <summary>
    /// Defines a place without an ISO 3166-2 code: a city, a county, a district, or a place known only by its
    /// Wikidata id.
    /// </summary>
    /// <param name="id">The place's key: its Wikidata id (<see cref="RegionId.For(Geography.WikidataId)"/>) or the caller's own.</param>
    /// <param name="kind">The place's kind; anything but <see cref="AdministrativeKind.Country"/>.</param>
    /// <param name="names">The place's names.</param>
    /// <param name="parent">The region it lies in, or null when that is not known.</param>
    /// <param name="timeZoneId">The IANA id of its time zone; null to take the parent's (required without a parent).</param>
    /// <param name="wikidataId">Its Wikidata id, when known.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id is <c>default</c>, the kind is a country, the zone id is not a known IANA zone, or no zone is
    /// given for a place without a parent.
    /// </exception>
    /// <exception cref="DomainRuleException">An ancestor has the same id (<see cref="DomainRule.RegionCannotBeItsOwnAncestor"/>).</exception>
    public static Region CreatePlace(
        RegionId id,
        AdministrativeKind kind,
        RegionNames names,
        Region? parent,
        string? timeZoneId = null,
        WikidataId? wikidataId = null)
    {
        Guard.Against.Default(id);
        return Create(id, kind, names, parent, timeZoneId, null, [], wikidataId);
    }

    /// <summary>Whether this region is <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">The region that may contain this one.</param>
    /// <returns>True for the region itself and for each of its ancestors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsWithin(Region other)
    {
        Guard.Against.Null(other);
        return Equals(other) || Ancestors.Contains(other);
    }

    /// <inheritdoc />
    public bool Equals(Region? other) => ReferenceEquals(this, other) || (other is not null && Id.Equals(other.Id));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Region);

    /// <inheritdoc />
    public override int GetHashCode() => _hashCode;

    /// <summary>The primary name and the id, for example <c>上海市 (CN-SH)</c>.</summary>
    /// <returns>A description for logs and debugging.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private static Region Create(
        RegionId id,
        AdministrativeKind kind,
        RegionNames names,
        Region? parent,
        string? timeZoneId,
        SubdivisionCode? code,
        ImmutableArray<SubdivisionCode> formerCodes,
        WikidataId? wikidataId)
    {
        Guard.Against.Null(names);
        if (kind == AdministrativeKind.Country)
        {
            throw new ArgumentException("A country is defined with Region.CreateCountry, not as a part of another region.", nameof(kind));
        }

        Guard.Against.EnumOutOfRange(kind);
        RegionCannotBeItsOwnAncestor.Check(id, parent);
        DateTimeZone zone;
        if (timeZoneId is not null)
        {
            zone = ResolveZone(timeZoneId);
        }
        else
        {
            zone = parent?.TimeZone
                ?? throw new ArgumentException($"The region {id} has no parent, so it must name its own time zone.", nameof(timeZoneId));
        }

        return new Region(id, kind, names, zone, parent, null, code, formerCodes, wikidataId);
    }

    private static DateTimeZone ResolveZone(string timeZoneId)
    {
        Guard.Against.NullOrWhiteSpace(timeZoneId);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"'{timeZoneId}' is not an IANA time zone id known to the TZDB (like Asia/Seoul).", nameof(timeZoneId));
    }
}
