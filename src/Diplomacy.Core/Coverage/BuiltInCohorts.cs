using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// Cohorts that registers ask about all the time, by ISO 3166-2 code (as published in 2026).
/// </summary>
/// <remarks>
/// Members carry the codes ISO replaced, so a register that still uses them is matched: China's numeric
/// codes (<c>CN-31</c> for Shanghai) were replaced by letters in 2017. Korea's codes have not changed since
/// Sejong (<c>KR-50</c>) was added; Gangwon (<c>KR-42</c>) and Jeonbuk (<c>KR-45</c>) kept theirs when they
/// became special self-governing provinces. Each property returns the same immutable instance.
/// </remarks>
public static class BuiltInCohorts
{
    /// <summary>China's four direct-administered municipalities (直辖市): Beijing, Tianjin, Shanghai, Chongqing.</summary>
    public static Cohort ChinaDirectAdministeredMunicipalities { get; } = China(
        "China's direct-administered municipalities",
        ("BJ", 11), ("TJ", 12), ("SH", 31), ("CQ", 50));

    /// <summary>
    /// China's 34 province-level divisions as ISO 3166-2 lists them: 23 provinces (Taiwan among them, as in
    /// ISO 3166-2:CN), 5 autonomous regions, 4 direct-administered municipalities and 2 special
    /// administrative regions.
    /// </summary>
    public static Cohort ChinaProvinceLevelDivisions { get; } = China(
        "China's province-level divisions",
        ("AH", 34), ("BJ", 11), ("CQ", 50), ("FJ", 35), ("GD", 44), ("GS", 62), ("GX", 45), ("GZ", 52),
        ("HA", 41), ("HB", 42), ("HE", 13), ("HI", 46), ("HK", 91), ("HL", 23), ("HN", 43), ("JL", 22),
        ("JS", 32), ("JX", 36), ("LN", 21), ("MO", 92), ("NM", 15), ("NX", 64), ("QH", 63), ("SC", 51),
        ("SD", 37), ("SH", 31), ("SN", 61), ("SX", 14), ("TJ", 12), ("TW", 71), ("XJ", 65), ("XZ", 54),
        ("YN", 53), ("ZJ", 33));

    /// <summary>
    /// Korea's 17 first-level divisions (광역자치단체): Seoul, six metropolitan cities, Sejong, and nine
    /// provinces (Gyeonggi-do is <c>KR-41</c>).
    /// </summary>
    public static Cohort KoreaFirstLevelDivisions { get; } = Numbered(
        "Korea's first-level divisions", "KR", 11, 26, 27, 28, 29, 30, 31, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50);

    /// <summary>Japan's 47 prefectures (都道府県), <c>JP-01</c> Hokkaido to <c>JP-47</c> Okinawa.</summary>
    public static Cohort JapanPrefectures { get; } = Numbered(
        "Japan's prefectures", "JP", [.. Enumerable.Range(1, 47)]);

    private static Cohort China(string name, params (string Letters, int Number)[] divisions) =>
        Cohort.Of(name, divisions.Select(d => new CohortMember(Key("CN", d.Letters), Key("CN", Number(d.Number)))));

    private static Cohort Numbered(string name, string country, params int[] numbers) =>
        Cohort.Of(name, numbers.Select(n => new CohortMember(Key(country, Number(n)))));

    private static string Number(int number) => number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static RegionId Key(string country, string subdivision) => RegionId.For(SubdivisionCode.Parse($"{country}-{subdivision}"));
}
