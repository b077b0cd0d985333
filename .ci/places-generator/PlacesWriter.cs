using System.Globalization;
using System.IO.Compression;
using System.Text;
using NodaTime;

namespace Diplomacy.Core.Places.Generator;

/// <summary>Writes the gazetteer's data: one line a place, ordered by GeoNames id, compressed with Brotli.</summary>
internal static class PlacesWriter
{
    public const string Header =
        "# Diplomacy.Core.Places: populated places of 1,000 people or more. Data: GeoNames (geonames.org), CC BY 4.0; see THIRD-PARTY-NOTICES.md.\n"
        + "# id\tname\tcountry\tadmin1\tISO 3166-2 division\tfeature code\tlatitude\tlongitude\tzone\tpopulation\tother names (|)\tnames by language (tag=name|...)\n";

    public static byte[] Write(PlaceSources sources, IReadOnlyDictionary<string, (string? Iso, MatchKind Kind)> divisions)
    {
        var text = new StringBuilder(Header);
        foreach (var place in sources.Places)
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(place.Zone) is null)
            {
                throw new InvalidOperationException($"GeoNames place {place.Id} ({place.Name}) names the zone '{place.Zone}', which NodaTime's TZDB does not know.");
            }

            var iso = place.Admin1.Length > 0 ? divisions.GetValueOrDefault($"{place.Country}.{place.Admin1}").Iso : null;
            var tagged = sources.TaggedNames.GetValueOrDefault(place.Id.ToString(CultureInfo.InvariantCulture)) ?? [];
            text.Append(CultureInfo.InvariantCulture, $"{place.Id}\t{place.Name}\t{place.Country}\t{Field(place.Admin1)}\t{iso ?? "-"}\t{place.FeatureCode}\t")
                .Append(CultureInfo.InvariantCulture, $"{place.Latitude}\t{place.Longitude}\t{place.Zone}\t{place.Population}\t")
                .AppendJoin('|', place.OtherNames)
                .Append('\t')
                .AppendJoin('|', tagged.Select(n => $"{n.Tag}={n.Name}"))
                .Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Compress(byte[] data)
    {
        // Fixed quality and window: the same text always gives the same bytes, so CI can compare the committed file.
        using var encoder = new BrotliEncoder(quality: 11, window: 24);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        var status = encoder.Compress(data, output, out _, out var written, isFinalBlock: true);
        return status == System.Buffers.OperationStatus.Done
            ? output[..written]
            : throw new InvalidOperationException($"Brotli stopped with {status}.");
    }

    public static IEnumerable<string> Summary(PlaceSources sources, IReadOnlyDictionary<string, (string? Iso, MatchKind Kind)> divisions)
    {
        var places = sources.Places;
        var placed = places.Count(p => p.Admin1.Length > 0 && divisions.GetValueOrDefault($"{p.Country}.{p.Admin1}").Iso is not null);
        yield return string.Create(CultureInfo.InvariantCulture, $"{places.Count} places; {placed} ({100.0 * placed / places.Count:F1}%) placed in an ISO 3166-2 division; {sources.NamesDropped} source names dropped as unclean");
        foreach (var group in divisions.GroupBy(d => d.Value.Kind).OrderBy(g => g.Key))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"admin1 codes by {group.Key}: {group.Count()}");
        }

        var used = places.GroupBy(p => $"{p.Country}.{p.Admin1}").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (code, (_, kind)) in divisions.Where(d => d.Value.Iso is null && used.ContainsKey(d.Key)).OrderByDescending(d => used[d.Key]))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"unplaced\t{code}\t{used[code]}\t{sources.Admin1Names.GetValueOrDefault(code)}\t{kind}");
        }
    }

    private static string Field(string value) => value.Length == 0 ? "-" : value;
}
