using Diplomacy.Core.Geography;
using NodaTime.TimeZones;

namespace Diplomacy.Core.Reference.Generator;

/// <summary>One line of the catalog: a country or a subdivision with its ISO codes, names and zone.</summary>
internal sealed record CatalogEntry(
    string Code,
    string? Parent,
    string? Kind,
    string? Zone,
    IReadOnlyList<string> FormerCodes,
    IReadOnlyList<KeyValuePair<string, string>> Names,
    IReadOnlyDictionary<string, string> AllNames,
    IReadOnlyList<EarlierName> EarlierNames);

/// <summary>A name a region no longer bears: a former name with the day it ended, or a source's variant (no day) that still finds it.</summary>
internal sealed record EarlierName(string Tag, string Name, string? EndedOn);

/// <summary>Joins the sources into the catalog, by the rules the package's README states.</summary>
internal static class CatalogBuilder
{
    public static IReadOnlyList<CatalogEntry> Build(Sources sources)
    {
        var tzdb = TzdbDateTimeZoneSource.Default.ZoneLocations!
            .GroupBy(l => l.CountryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.ZoneId).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        string? ZoneOfCountry(string country) =>
            sources.UserAssignedCountries.TryGetValue(country, out var assigned) ? assigned
            : sources.Zones.TryGetValue(country, out var listed) ? listed
            : tzdb.TryGetValue(country, out var zones) && zones.Count == 1 ? zones[0]
            : null;

        // Breadth first, so that a parent's zone is known before its children's.
        var entries = new List<(string Code, string? Parent, string Country, string Cldr)>();
        foreach (var country in sources.Countries)
        {
            entries.Add((country, null, country, country));
            var pending = new Queue<(string Cldr, string Parent)>([(country, country)]);
            while (pending.TryDequeue(out var next))
            {
                if (!sources.Containment.TryGetValue(next.Cldr, out var children))
                {
                    continue;
                }

                foreach (var child in children)
                {
                    var code = Iso(child);
                    entries.Add((code, next.Cldr == country ? country : next.Parent, country, child));
                    pending.Enqueue((child, code));
                }
            }
        }

        var formers = FormerCodes(sources, entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal));
        var zonesByCode = new Dictionary<string, string?>(StringComparer.Ordinal);
        var result = new List<CatalogEntry>();
        foreach (var (code, parent, country, cldr) in entries)
        {
            var isCountry = parent is null;
            var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (!isCountry && sources.SubdivisionNames.TryGetValue(cldr, out var own))
            {
                Fill(names, own);
            }

            var alsoCountry = isCountry ? code : sources.AlsoCountries.GetValueOrDefault(code);
            if (alsoCountry is not null && sources.TerritoryNames.TryGetValue(alsoCountry, out var territoryNames))
            {
                Fill(names, territoryNames);
            }

            if (names.Count == 0)
            {
                throw new InvalidOperationException($"No source names {code}.");
            }

            var earlier = new List<EarlierName>();
            if (parent == country && country is "CN" or "JP")
            {
                JoinKoreanSuffix(names, earlier);
            }

            foreach (var row in sources.NameOverrides.Where(o => o.Code == code))
            {
                Override(names, earlier, row);
            }

            string? zone;
            if (isCountry)
            {
                zone = ZoneOfCountry(code);
            }
            else if (sources.Zones.TryGetValue(code, out var listed))
            {
                zone = listed;
            }
            else if (alsoCountry is not null)
            {
                zone = ZoneOfCountry(alsoCountry);
            }
            else if (parent != country && zonesByCode[parent!] is { } parentZone)
            {
                zone = parentZone;
            }
            else if (sources.Zones.TryGetValue(country + "-*", out var rest))
            {
                zone = rest;
            }
            else
            {
                zone = tzdb.TryGetValue(country, out var zones) && zones.Count == 1 ? zones[0] : null;
            }

            zonesByCode.Add(code, zone);
            var kind = isCountry ? nameof(AdministrativeKind.Country) : sources.Kinds.GetValueOrDefault(code);
            if (kind is not null && !Enum.TryParse<AdministrativeKind>(kind, out _))
            {
                throw new InvalidOperationException($"kinds.tsv: {kind} of {code} is not an AdministrativeKind.");
            }

            var primary = PrimaryLanguage(sources, country, names);
            result.Add(new CatalogEntry(
                code,
                parent,
                kind,
                zone,
                formers.TryGetValue(code, out var former) ? [.. former.Order(StringComparer.Ordinal)] : [],
                Compact(primary, names),
                names,
                earlier));
        }

        return [.. result.OrderBy(e => e.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The Korean name of a first-level division of China or Japan is written as one word, as the Korean government
    /// and 국립국어원 write it (상하이시, 광둥성, 도쿄도, 광시좡족자치구), where CLDR spaces it (상하이 시); CLDR's
    /// spaced form stays a variant that finds the division.
    /// </summary>
    private static void JoinKoreanSuffix(SortedDictionary<string, string> names, List<EarlierName> earlier)
    {
        if (names.TryGetValue("ko", out var spaced) && spaced.Contains(' ', StringComparison.Ordinal))
        {
            names["ko"] = spaced.Replace(" ", string.Empty, StringComparison.Ordinal);
            earlier.Add(new EarlierName("ko", spaced, null));
        }
    }

    /// <summary>A reviewed name replaces the source's; the name it replaced is a former name, and the source's own, when different, a variant.</summary>
    private static void Override(SortedDictionary<string, string> names, List<EarlierName> earlier, NameOverride row)
    {
        if (names.TryGetValue(row.Tag, out var source) && string.Equals(source, row.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"name-overrides.tsv: the sources already name {row.Code} '{row.Name}' in {row.Tag}; drop the row.");
        }

        names[row.Tag] = row.Name;
        if (row.Before is { } before)
        {
            earlier.Add(new EarlierName(row.Tag, before, row.Since));
        }

        if (source is not null && !string.Equals(source, row.Before, StringComparison.Ordinal)
            && !earlier.Any(e => e.Tag == row.Tag && string.Equals(e.Name, source, StringComparison.Ordinal)))
        {
            earlier.Add(new EarlierName(row.Tag, source, null));
        }
    }

    private static Dictionary<string, List<string>> FormerCodes(Sources sources, HashSet<string> current)
    {
        var formers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string former, string region)
        {
            if (!current.Contains(former) && current.Contains(region) && SubdivisionCode.TryParse(former, out _)
                && string.Equals(former[..2], region[..2], StringComparison.Ordinal))
            {
                if (!formers.TryGetValue(region, out var list))
                {
                    list = [];
                    formers.Add(region, list);
                }

                list.Add(former);
            }
        }

        foreach (var (alias, replacement) in sources.Aliases)
        {
            // A code split into several has no one current region: such aliases are left out.
            if (replacement.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var former = Iso(alias);
            if (replacement.All(char.IsAsciiLetterUpper))
            {
                // "Overlong" aliases point at a country that is also one of the subdivisions (CN-91 → HK → CN-HK).
                foreach (var (subdivision, country) in sources.AlsoCountries)
                {
                    if (country == replacement && subdivision.StartsWith(former[..3], StringComparison.Ordinal))
                    {
                        Add(former, subdivision);
                    }
                }
            }
            else
            {
                Add(former, Iso(replacement));
            }
        }

        foreach (var (former, region) in sources.FormerCodes)
        {
            Add(former, region);
        }

        return formers;
    }

    private static string PrimaryLanguage(Sources sources, string country, SortedDictionary<string, string> names)
    {
        foreach (var locale in sources.OfficialLanguages.GetValueOrDefault(country) ?? [])
        {
            if (Sources.Tag(locale) is { } tag && names.ContainsKey(tag))
            {
                return tag;
            }
        }

        return names.ContainsKey("en") ? "en" : names.Keys.First();
    }

    // The languages of the registers the package is first for keep their names even when the fallback gives the
    // same text (Osaka is 大阪府 in Japanese and Chinese), so that "has a name in ja" can be asked of the data.
    private static readonly HashSet<string> AlwaysKept = new(["en", "ja", "ko", "zh-Hans"], StringComparer.Ordinal);

    /// <summary>
    /// The primary name first, then every other name the core's fallback (zh-Hans-CN → zh-Hans → zh → primary)
    /// would not give anyway: a name equal to its fallback adds nothing to a look-up.
    /// </summary>
    private static List<KeyValuePair<string, string>> Compact(string primary, SortedDictionary<string, string> names)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal) { [primary] = names[primary] };
        foreach (var (tag, name) in names.OrderBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal))
        {
            if (tag == primary)
            {
                continue;
            }

            var fallback = names[primary];
            for (var parent = LanguageTag.Parse(tag).Parent; parent is { } p; parent = p.Parent)
            {
                if (kept.TryGetValue(p.Value, out var parentName))
                {
                    fallback = parentName;
                    break;
                }
            }

            if (AlwaysKept.Contains(tag) || !string.Equals(fallback, name, StringComparison.Ordinal))
            {
                kept.Add(tag, name);
            }
        }

        return [new(primary, names[primary]), .. kept.Where(k => k.Key != primary).OrderBy(k => k.Key, StringComparer.Ordinal)];
    }

    private static void Fill(SortedDictionary<string, string> names, SortedDictionary<string, string> from)
    {
        foreach (var (tag, name) in from)
        {
            names.TryAdd(tag, name);
        }
    }

    private static string Iso(string cldr) =>
        cldr.All(char.IsAsciiLetterUpper) ? cldr : $"{cldr[..2].ToUpperInvariant()}-{cldr[2..].ToUpperInvariant()}";
}
