using System.Globalization;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Benchmarks.Data;

/// <summary>
/// The world's twinning network as Wikidata held it in 2016: 10,055 places (id and one name, mostly German)
/// and 17,401 undirected ties. Read from <c>shared/data/wikidata-twinnings-2016</c>, found by walking up
/// from the current directory; that data is not in users' clones, so when it is absent a synthetic network
/// of the same size and a heavy-tailed degree distribution stands in, and <see cref="Source"/> says which.
/// </summary>
internal sealed class TwinningData
{
    public const int PlaceCount = 10_055;
    public const int PairCount = 17_401;

    private static readonly string DataFolder = Path.Combine("shared", "data", "wikidata-twinnings-2016");

    private readonly string? _folder;

    private TwinningData(string? folder, IReadOnlyList<(WikidataId Id, string Name)> places)
    {
        _folder = folder;
        Places = places;
    }

    /// <summary>Where the data came from, for the benchmark log.</summary>
    public string Source => _folder is null
        ? $"synthetic ({PlaceCount} places named 'Place n', {PairCount} heavy-tailed ties): {DataFolder} not found above {Directory.GetCurrentDirectory()}"
        : $"real Wikidata 2016 twinnings from {_folder}";

    /// <summary>Every place: its Wikidata id and one name.</summary>
    public IReadOnlyList<(WikidataId Id, string Name)> Places { get; }

    /// <summary>Loads the real data when it can be found, the synthetic set otherwise, and prints which.</summary>
    public static TwinningData Load()
    {
        var folder = FindFolder();
        var data = folder is null ? new TwinningData(null, SyntheticPlaces()) : new TwinningData(folder, ReadPlaces(folder));
        Console.WriteLine($"// Twinning data: {data.Source}");
        return data;
    }

    /// <summary>The first <paramref name="count"/> places as regions without a parent: kind Other, names in German, zone UTC.</summary>
    public IReadOnlyList<Region> Regions(int count) =>
        Places.Take(count)
            .Select(place => Region.CreatePlace(
                RegionId.For(place.Id), AdministrativeKind.Other, RegionNames.Of("de", place.Name), parent: null, "UTC", place.Id))
            .ToList();

    /// <summary>The ties as undirected pairs, each once, the smaller id first.</summary>
    public IReadOnlyList<(WikidataId First, WikidataId Second)> Pairs() =>
        _folder is null ? SyntheticPairs(Places) : ReadPairs(_folder);

    internal static string? FindFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DataFolder);
            if (File.Exists(Path.Combine(candidate, "names.tsv")) && File.Exists(Path.Combine(candidate, "relations.tsv")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<(WikidataId Id, string Name)> ReadPlaces(string folder) =>
        File.ReadLines(Path.Combine(folder, "names.tsv"))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2 && !string.IsNullOrWhiteSpace(columns[1]))
            .Select(columns => (WikidataId.Parse(columns[0]), columns[1]))
            .ToList();

    private static List<(WikidataId First, WikidataId Second)> ReadPairs(string folder) =>
        File.ReadLines(Path.Combine(folder, "relations.tsv"))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2)
            .Select(columns => Ordered(WikidataId.Parse(columns[0]), WikidataId.Parse(columns[1])))
            .Where(pair => pair.First != pair.Second)
            .Distinct()
            .ToList();

    private static List<(WikidataId Id, string Name)> SyntheticPlaces() =>
        Enumerable.Range(1, PlaceCount)
            .Select(n => (WikidataId.Parse(string.Create(CultureInfo.InvariantCulture, $"Q{n}")), string.Create(CultureInfo.InvariantCulture, $"Place {n}")))
            .ToList();

    // Preferential attachment, as in the real network: a few places (Saint Petersburg, Shanghai) have dozens of
    // twins, most have one or two. A tree first gives every place a tie; the rest are added between places
    // drawn in proportion to their degree. Seeded, so every run benchmarks the same network.
    private static List<(WikidataId First, WikidataId Second)> SyntheticPairs(IReadOnlyList<(WikidataId Id, string Name)> places)
    {
        var random = new Random(2016);
        var endpoints = new List<int> { 0 };
        var pairs = new HashSet<(int, int)>();
        for (var place = 1; place < places.Count; place++)
        {
            var twin = endpoints[random.Next(endpoints.Count)];
            pairs.Add((twin, place));
            endpoints.Add(twin);
            endpoints.Add(place);
        }

        while (pairs.Count < PairCount)
        {
            var first = endpoints[random.Next(endpoints.Count)];
            var second = endpoints[random.Next(endpoints.Count)];
            if (first != second && pairs.Add((Math.Min(first, second), Math.Max(first, second))))
            {
                endpoints.Add(first);
                endpoints.Add(second);
            }
        }

        return pairs.Select(pair => Ordered(places[pair.Item1].Id, places[pair.Item2].Id)).ToList();
    }

    private static (WikidataId First, WikidataId Second) Ordered(WikidataId a, WikidataId b) =>
        a.Number <= b.Number ? (a, b) : (b, a);
}
