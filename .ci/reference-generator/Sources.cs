using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Generator;

/// <summary>What the sources say, read as they are: CLDR ids (<c>cnsh</c>), CLDR locale ids, the tables' rows.</summary>
internal sealed class Sources
{
    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Containment { get; init; }

    public required IReadOnlyDictionary<string, string> Aliases { get; init; }

    public required IReadOnlyDictionary<string, SortedDictionary<string, string>> SubdivisionNames { get; init; }

    public required IReadOnlyDictionary<string, SortedDictionary<string, string>> TerritoryNames { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> OfficialLanguages { get; init; }

    public required IReadOnlyDictionary<string, string?> Zones { get; init; }

    public required IReadOnlyDictionary<string, string> AlsoCountries { get; init; }

    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public required IReadOnlyDictionary<string, string> FormerCodes { get; init; }

    public static Sources Read(string cldr48, string cldr41, string tables)
    {
        var core = Path.Combine(cldr48, "cldr-core", "package", "supplemental");
        var subdivisionNames = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);

        // CLDR 48 first: a name there wins over CLDR 41's for the same code and language.
        var json48 = Path.Combine(cldr48, "cldr-subdivisions-full", "package", "subdivisions");
        foreach (var folder in Directory.GetDirectories(json48).Order(StringComparer.Ordinal))
        {
            var locale = Path.GetFileName(folder);
            var names = Json(Directory.GetFiles(folder, "*.json").Single()).GetProperty("subdivisions").GetProperty("localeDisplayNames").GetProperty("subdivisions");
            foreach (var name in names.EnumerateObject())
            {
                AddName(subdivisionNames, name.Name, locale, name.Value.GetString()!);
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(cldr41, "subdivisions"), "*.xml").Order(StringComparer.Ordinal))
        {
            var locale = Path.GetFileNameWithoutExtension(file);
            if (locale == "root")
            {
                continue;
            }

            foreach (var element in XDocument.Load(file).Descendants("subdivision"))
            {
                if (element.Attribute("alt") is null && element.Attribute("type")?.Value is { } type)
                {
                    AddName(subdivisionNames, type, locale, element.Value);
                }
            }
        }

        var territoryNames = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var localeNames = Path.Combine(cldr48, "cldr-localenames-full", "package", "main");
        foreach (var folder in Directory.GetDirectories(localeNames).Order(StringComparer.Ordinal))
        {
            var locale = Path.GetFileName(folder);
            var file = Path.Combine(folder, "territories.json");
            if (!File.Exists(file))
            {
                continue;
            }

            var names = Json(file).GetProperty("main").GetProperty(locale)
                .GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (var name in names.EnumerateObject())
            {
                if (!name.Name.Contains('-', StringComparison.Ordinal))
                {
                    AddName(territoryNames, name.Name, locale, name.Value.GetString()!);
                }
            }
        }

        var aliases = Json(Path.Combine(core, "aliases.json")).GetProperty("supplemental").GetProperty("metadata").GetProperty("alias");
        var deprecated = aliases.GetProperty("territoryAlias").EnumerateObject().Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        // ISO 3166-1: two letters with a numeric code outside the private-use range 900-999, not deprecated.
        var countries = Json(Path.Combine(core, "codeMappings.json")).GetProperty("supplemental").GetProperty("codeMappings")
            .EnumerateObject()
            .Where(m => m.Name.Length == 2 && !deprecated.Contains(m.Name)
                && m.Value.TryGetProperty("_numeric", out var numeric)
                && int.Parse(numeric.GetString()!, CultureInfo.InvariantCulture) < 900)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        var containment = Json(Path.Combine(core, "subdivisionContainment.json")).GetProperty("supplemental").GetProperty("subdivisionContainment")
            .EnumerateObject()
            .ToDictionary(
                c => c.Name,
                c => (IReadOnlyList<string>)[.. c.Value.GetProperty("_contains").EnumerateArray().Select(e => e.GetString()!)],
                StringComparer.Ordinal);

        var official = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var territory in Json(Path.Combine(core, "territoryInfo.json")).GetProperty("supplemental").GetProperty("territoryInfo").EnumerateObject())
        {
            if (!territory.Value.TryGetProperty("languagePopulation", out var languages))
            {
                continue;
            }

            official[territory.Name] = [.. languages.EnumerateObject()
                .Where(l => l.Value.TryGetProperty("_officialStatus", out var status) && status.GetString() is "official" or "de_facto_official")
                .OrderByDescending(l => double.Parse(l.Value.GetProperty("_populationPercent").GetString()!, CultureInfo.InvariantCulture))
                .ThenBy(l => l.Name, StringComparer.Ordinal)
                .Select(l => l.Name)];
        }

        var zones = new Dictionary<string, string?>(StringComparer.Ordinal);
        var alsoCountries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table(Path.Combine(tables, "zones.tsv")))
        {
            zones.Add(row[0], row[1] == "-" ? null : row[1]);
        }

        foreach (var row in Table(Path.Combine(tables, "territories.tsv")))
        {
            alsoCountries.Add(row[0], row[1]);
        }

        return new Sources
        {
            Countries = countries,
            Containment = containment,
            Aliases = aliases.GetProperty("subdivisionAlias").EnumerateObject()
                .ToDictionary(a => a.Name, a => a.Value.GetProperty("_replacement").GetString()!, StringComparer.Ordinal),
            SubdivisionNames = subdivisionNames,
            TerritoryNames = territoryNames,
            OfficialLanguages = official,
            Zones = zones,
            AlsoCountries = alsoCountries,
            Kinds = Table(Path.Combine(tables, "kinds.tsv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
            FormerCodes = Table(Path.Combine(tables, "former-codes.tsv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
        };
    }

    /// <summary>The BCP 47 tag of a CLDR locale id; CLDR's <c>zh</c> is Simplified Chinese (its default content is zh_Hans).</summary>
    public static string? Tag(string locale)
    {
        var tag = locale.Replace('_', '-');
        tag = tag == "zh" ? "zh-Hans" : tag;
        return LanguageTag.TryParse(tag, out var parsed) ? parsed.Value : null;
    }

    private static void AddName(Dictionary<string, SortedDictionary<string, string>> names, string code, string locale, string name)
    {
        if (Tag(locale) is not { } tag || string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        if (!names.TryGetValue(code, out var byTag))
        {
            byTag = new SortedDictionary<string, string>(StringComparer.Ordinal);
            names.Add(code, byTag);
        }

        byTag.TryAdd(tag, name.Trim());
    }

    private static JsonElement Json(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    private static IEnumerable<string[]> Table(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
