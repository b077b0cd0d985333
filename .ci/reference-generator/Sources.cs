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

    /// <summary>Countries written with a user-assigned code (XK), with their zone.</summary>
    public required IReadOnlyDictionary<string, string> UserAssignedCountries { get; init; }

    /// <summary>The reviewed names of <c>Tables/name-overrides.tsv</c>, in the table's order.</summary>
    public required IReadOnlyList<NameOverride> NameOverrides { get; init; }

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
            .ToList();
        var userAssigned = Table(Path.Combine(tables, "user-assigned-countries.tsv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        countries = [.. countries.Concat(userAssigned.Keys).Order(StringComparer.Ordinal)];

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

        SimplifyChinese(subdivisionNames);
        SimplifyChinese(territoryNames);
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
            UserAssignedCountries = userAssigned,
            NameOverrides = [.. Table(Path.Combine(tables, "name-overrides.tsv")).Select(NameOverride.Parse)],
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

        byTag.TryAdd(tag, WithoutFootnoteMarks(name));
    }

    /// <summary>
    /// A name without the footnote marks sources leave in it: superscript and subscript digits (CLDR 41 writes
    /// "산시 성²" and "Buenos Aires²" to tell apart names it holds twice), daggers and asterisks.
    /// </summary>
    public static string WithoutFootnoteMarks(string name)
    {
        var kept = new System.Text.StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (!IsFootnoteMark(character))
            {
                kept.Append(character);
            }
        }

        return kept.ToString().Trim();
    }

    /// <summary>Whether a character is a footnote mark: a digit raised, lowered or circled (its compatibility form is a digit), †, ‡ or *.</summary>
    public static bool IsFootnoteMark(char character) =>
        character is '†' or '‡' or '*'
        || (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.OtherNumber
            && character.ToString().Normalize(System.Text.NormalizationForm.FormKC) is [>= '0' and <= '9']);

    /// <summary>
    /// CLDR 41's Chinese subdivision names mix scripts (首爾, 青森縣) though CLDR's zh is Simplified Chinese: each
    /// zh-Hans name is converted with opencc's Traditional-to-Simplified table, and a name the conversion changes
    /// is also kept as the zh-Hant name where the sources hold none.
    /// </summary>
    private static void SimplifyChinese(Dictionary<string, SortedDictionary<string, string>> names)
    {
        var chinese = names.Values.Where(n => n.ContainsKey("zh-Hans")).ToList();
        var converted = OpenCc([.. chinese.Select(n => n["zh-Hans"])]);
        for (var i = 0; i < chinese.Count; i++)
        {
            var original = chinese[i]["zh-Hans"];
            if (!string.Equals(original, converted[i], StringComparison.Ordinal))
            {
                chinese[i]["zh-Hans"] = converted[i];
                chinese[i].TryAdd("zh-Hant", original);
            }
        }
    }

    private static string[] OpenCc(IReadOnlyList<string> lines)
    {
        var start = new System.Diagnostics.ProcessStartInfo("opencc", "-c t2s.json")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("opencc did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(string.Join('\n', lines) + "\n");
        process.StandardInput.Close();
        var result = output.GetAwaiter().GetResult().Split('\n')[..lines.Count];
        process.WaitForExit();
        return process.ExitCode == 0 ? result : throw new InvalidOperationException($"opencc failed ({process.ExitCode}).");
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

/// <summary>One row of <c>Tables/name-overrides.tsv</c>: a name as the government writes it, and the one it replaced.</summary>
internal sealed record NameOverride(string Code, string Tag, string Name, string? Since, string? Before)
{
    public static NameOverride Parse(string[] row) =>
        row.Length == 6 && LanguageTag.TryParse(row[1], out _)
            && (row[3] == "-" || DateOnly.TryParseExact(row[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            && (row[3] == "-") == (row[4] == "-")
            ? new NameOverride(row[0], row[1], row[2], row[3] == "-" ? null : row[3], row[4] == "-" ? null : row[4])
            : throw new InvalidOperationException($"name-overrides.tsv: the row '{string.Join('\t', row)}' is not code, language, name, since (yyyy-MM-dd or -), before (a name, or - when since is -), source.");
}
