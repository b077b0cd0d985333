using System.Globalization;
using System.Text;

namespace Diplomacy.Core.Reference.Generator;

/// <summary>The data file's text: sorted by code, no timestamps, so that the same sources give the same bytes.</summary>
internal static class CatalogWriter
{
    public static string Write(IReadOnlyList<CatalogEntry> catalog)
    {
        var text = new StringBuilder();
        text.Append("# Diplomacy.Core.Reference catalog, written by src/Diplomacy.Core.Reference.Generator (run .ci/reference-data). Do not edit.\n");
        text.Append("# Sources: Unicode CLDR 48.2.0 (npm cldr-core, cldr-subdivisions-full, cldr-localenames-full; Unicode License v3),\n");
        text.Append("# Unicode CLDR 41 (Debian unicode-cldr-core; Unicode-DFS-2016), NodaTime's TZDB, opencc's t2s table (Debian opencc), .ci/reference-generator/Tables.\n");
        text.Append("# code\tparent\tkind\tzone\tformer codes\tearlier names as tag=name@ended (a former name and the day it ended) or tag=name (a variant), split by |\tprimary name as tag=name\tother names as tag=name ...\n");
        foreach (var entry in catalog)
        {
            text.Append(entry.Code).Append('\t')
                .Append(entry.Parent ?? "-").Append('\t')
                .Append(entry.Kind ?? "-").Append('\t')
                .Append(entry.Zone ?? "-").Append('\t')
                .Append(entry.FormerCodes.Count == 0 ? "-" : string.Join(',', entry.FormerCodes))
                .Append('\t')
                .Append(entry.EarlierNames.Count == 0 ? "-" : string.Join('|', entry.EarlierNames.Select(Earlier)));
            foreach (var (tag, name) in entry.Names)
            {
                if (name.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                {
                    throw new InvalidOperationException($"The {tag} name of {entry.Code} holds a tab or a line break.");
                }

                text.Append('\t').Append(tag).Append('=').Append(name);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Earlier(EarlierName name) =>
        name.Name.AsSpan().IndexOfAny("|@\t\n\r") >= 0
            ? throw new InvalidOperationException($"The earlier name '{name.Name}' holds a character the data file uses as a separator.")
            : name.EndedOn is { } ended ? $"{name.Tag}={name.Name}@{ended}" : $"{name.Tag}={name.Name}";

    public static IEnumerable<string> Summary(IReadOnlyList<CatalogEntry> catalog)
    {
        var subdivisions = catalog.Where(e => e.Parent is not null).ToList();
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{catalog.Count - subdivisions.Count} countries, {subdivisions.Count} subdivisions, {subdivisions.Sum(s => s.FormerCodes.Count)} former codes, {subdivisions.Count(s => s.Zone is null)} subdivisions with no known zone, {catalog.Count(e => e.Parent is null && e.Zone is null)} countries with no zone");
        yield return "language\tsubdivisions named\tof them first-level\tcountries named";
        var countries = catalog.Where(e => e.Parent is null).ToList();
        foreach (var language in subdivisions.SelectMany(s => s.AllNames.Keys).Distinct(StringComparer.Ordinal)
            .Select(tag => (tag, all: subdivisions.Count(s => s.AllNames.ContainsKey(tag)),
                first: subdivisions.Count(s => s.Parent!.Length == 2 && s.AllNames.ContainsKey(tag)),
                countries: countries.Count(c => c.AllNames.ContainsKey(tag))))
            .OrderByDescending(l => l.all).ThenBy(l => l.tag, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{language.tag}\t{language.all}\t{language.first}\t{language.countries}");
        }
    }
}
