namespace Diplomacy.Core.Geography;

/// <summary>
/// The administrative kind of a region: what sort of government's territory it is.
/// </summary>
/// <remarks>
/// The kind says what a region is, not how deep it sits: Shanghai is a
/// <see cref="DirectAdministeredMunicipality"/> and, because its parent is a country, also one of China's
/// first-level (province-level) divisions (<see cref="Region.IsFirstLevelDivision"/>). Which kinds are
/// cities is answered by <see cref="Region.IsMunicipality"/>.
/// </remarks>
public enum AdministrativeKind
{
    /// <summary>A sovereign country, identified by its ISO 3166-1 code.</summary>
    Country,

    /// <summary>A province (China's 省, Korea's 도, Canada's provinces).</summary>
    Province,

    /// <summary>A state of a federation (the United States, Germany's Länder, Australia).</summary>
    State,

    /// <summary>A prefecture (Japan's 都道府県).</summary>
    Prefecture,

    /// <summary>A first-level region of a country that calls them regions (France's régions, Italy's regioni).</summary>
    Region,

    /// <summary>One of China's direct-administered municipalities (直辖市): Beijing, Tianjin, Shanghai, Chongqing. A city at province level.</summary>
    DirectAdministeredMunicipality,

    /// <summary>An autonomous region (China's 自治区, such as Inner Mongolia).</summary>
    AutonomousRegion,

    /// <summary>A special administrative region (Hong Kong, Macau).</summary>
    SpecialAdministrativeRegion,

    /// <summary>Korea's special city (특별시): Seoul.</summary>
    SpecialCity,

    /// <summary>Korea's metropolitan cities (광역시), such as Busan and Incheon.</summary>
    MetropolitanCity,

    /// <summary>Korea's special self-governing provinces (특별자치도), such as Jeju.</summary>
    SpecialSelfGoverningProvince,

    /// <summary>Korea's special self-governing city (특별자치시): Sejong.</summary>
    SpecialSelfGoverningCity,

    /// <summary>A city or town below the first level (Suwon in Gyeonggi-do, Lyon in Auvergne-Rhône-Alpes).</summary>
    City,

    /// <summary>A county (Korea's 군, China's 县, the counties of the United States).</summary>
    County,

    /// <summary>A district of a city (Korea's 구, China's 区, a London borough).</summary>
    District,

    /// <summary>Any other kind of government territory; say which in the region's names or notes.</summary>
    Other,
}
