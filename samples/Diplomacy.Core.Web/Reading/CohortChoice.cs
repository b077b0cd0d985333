using Diplomacy.Core.Coverage;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// A cohort a reader may ask about, by a key that fits a URL: the core's built-in cohorts, and the first-level
/// divisions of any country as the reference catalog lists them (<c>divisions-CN</c>).
/// </summary>
public sealed record CohortChoice(string Key, Cohort Cohort)
{
    public const string DefaultKey = "cn-municipalities";
    private const string DivisionsPrefix = "divisions-";

    private static readonly CohortChoice[] BuiltIn =
    [
        new(DefaultKey, BuiltInCohorts.ChinaDirectAdministeredMunicipalities),
        new("cn-province-level", BuiltInCohorts.ChinaProvinceLevelDivisions),
        new("kr-first-level", BuiltInCohorts.KoreaFirstLevelDivisions),
        new("jp-prefectures", BuiltInCohorts.JapanPrefectures),
    ];

    /// <summary>The countries whose catalog divisions the pages offer next to the built-in cohorts.</summary>
    private static readonly string[] OfferedCountries = ["CN", "KR", "JP", "US"];

    public static IReadOnlyList<CohortChoice> Offered { get; } =
        [.. BuiltIn, .. OfferedCountries.Select(country => Find(DivisionsPrefix + country)!)];

    /// <summary>The cohort a key names, or null when it names none.</summary>
    public static CohortChoice? Find(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var builtIn = Array.Find(BuiltIn, choice => choice.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (builtIn is not null)
        {
            return builtIn;
        }

        if (!key.StartsWith(DivisionsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var country = key[DivisionsPrefix.Length..].ToUpperInvariant();
        return Catalog.Find(country.AsSpan()) is { IsCountry: true } && Catalog.ChildrenOf(Catalog.Region(country)).Count > 0
            ? new CohortChoice(DivisionsPrefix + country, Catalog.DivisionsOf(country))
            : null;
    }

    public string Label(Texts texts) => Key switch
    {
        DefaultKey => texts.CohortChinaMunicipalities,
        "cn-province-level" => texts.CohortChinaProvinceLevel,
        "kr-first-level" => texts.CohortKoreaFirstLevel,
        "jp-prefectures" => texts.CohortJapanPrefectures,
        _ => texts.CohortDivisionsOf(RegionView.Of(Catalog.Region(Key[DivisionsPrefix.Length..]), texts).Name),
    };
}
