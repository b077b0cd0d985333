using System.Globalization;
using Diplomacy.Core.Places;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// The shares a list of city pairs is made of, as <see cref="CityPairList"/> reproduces them. The shares a list with no
/// countries can show are measured on the Wikidata twinning crawl of 2016 when <c>shared/data</c> holds it (per side of
/// each directed row, so that a place counts as often as a list names it); the rest, and all of them without the
/// crawl, are the documented defaults below (benchmarks/README.md, issue 28).
/// </summary>
internal sealed record ListShape
{
    /// <summary>Without the crawl: its shares as measured on 2026-12-05 (benchmarks/README.md), and the defaults.</summary>
    public static ListShape Defaults { get; } = new()
    {
        Source = "defaults (the crawl's shares measured on 2026-12-05)",
        CatalogShare = 0.245,
        GazetteerShare = 0.685,
        ReversedShare = 0.491,
        PlacesPerTie = 0.578,
    };

    /// <summary>Where the shares came from, for the log.</summary>
    public required string Source { get; init; }

    /// <summary>Sides naming a region the reference catalog knows by that name (a subdivision: Gyeonggi-do, Hokkaido).</summary>
    public required double CatalogShare { get; init; }

    /// <summary>Sides naming a place the gazetteer knows and the catalog does not; the rest are places new to both.</summary>
    public required double GazetteerShare { get; init; }

    /// <summary>Rows repeating an earlier row's pair in the other direction (the crawl lists most ties from both ends).</summary>
    public required double ReversedShare { get; init; }

    /// <summary>Distinct places for each undirected tie (the crawl: 10,055 places, 17,401 ties); the degrees are heavy-tailed.</summary>
    public required double PlacesPerTie { get; init; }

    /// <summary>
    /// Rows whose two sides are one place. The crawl has none (no Wikidata item is stated as its own twin); lists merged
    /// from articles have a few, and the import reports them, so a small share stands in by default.
    /// </summary>
    public double SelfTieShare { get; init; } = 0.001;

    /// <summary>
    /// The scripts names are written in, by the language whose names the generator takes: Latin (the place's own or
    /// English name), Hangul (<c>ko</c>), Han (<c>zh-Hans</c>), Kana and kanji (<c>ja</c>), Cyrillic (<c>ru</c>), Arabic
    /// (<c>ar</c>). The crawl's names are one language's labels (10,054 of 10,055 Latin), so this is a default: a
    /// national register is written in its own script, and merged lists mix them.
    /// </summary>
    public IReadOnlyList<(string Language, double Share)> Scripts { get; init; } =
        [("en", 0.70), ("ko", 0.08), ("zh-Hans", 0.08), ("ja", 0.06), ("ru", 0.05), ("ar", 0.03)];

    /// <summary>
    /// How a Latin-script row writes its country: the ISO code, the English name, a name in another language (German,
    /// French, Spanish), a form lists use (the catalog's alias table: <c>USA</c>, <c>Republic of Korea</c>). A row in
    /// another script writes its country in that language. A default: the crawl has no countries.
    /// </summary>
    public (double Code, double English, double OtherLanguage) CountryForms { get; init; } = (0.30, 0.45, 0.15);

    /// <summary>Rows with an empty place cell (refused) and with an empty country cell (found in the catalog, or refused). A default.</summary>
    public double BlankCellShare { get; init; } = 0.003;

    /// <summary>Cells written oddly: upper case with spaces around, as copied from a printed list. A default.</summary>
    public double OddCellShare { get; init; } = 0.02;

    /// <summary>Rows with a date (in the forms registers write) and with a kind word; the rest leave them empty. Defaults.</summary>
    public (double Date, double Kind) Optional { get; init; } = (0.5, 0.4);

    private static readonly Lazy<ListShape> Loaded = new(Load);

    /// <summary>The crawl's shares when it can be found, else <see cref="Defaults"/>; measured once a process, and printed.</summary>
    public static ListShape Current => Loaded.Value;

    private static ListShape Load()
    {
        var crawl = Data.TwinningData.FindFolder();
        var shape = crawl is null ? Defaults : Measure(crawl);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// List shape: {shape.Source}: catalog {shape.CatalogShare:P1}, gazetteer {shape.GazetteerShare:P1}, new {1 - shape.CatalogShare - shape.GazetteerShare:P1}, reversed {shape.ReversedShare:P1}, {shape.PlacesPerTie:F3} places a tie"));
        return shape;
    }

    /// <summary>Measures the shares on the crawl: each side of each directed row, its name looked up in the catalog, then the gazetteer.</summary>
    internal static ListShape Measure(string folder)
    {
        var names = File.ReadLines(Path.Combine(folder, "names.tsv"))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2)
            .ToDictionary(columns => columns[0], columns => columns[1], StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var (rows, reversed, catalog, gazetteer) = (0, 0, 0, 0);
        foreach (var line in File.ReadLines(Path.Combine(folder, "relations.tsv")))
        {
            if (line.Split('\t') is not [var first, var second])
            {
                continue;
            }

            rows++;
            reversed += seen.Contains((second, first)) ? 1 : 0;
            seen.Add((first, second));
            foreach (var side in (string[])[first, second])
            {
                var kind = KindOf(side);
                catalog += kind == 1 ? 1 : 0;
                gazetteer += kind == 2 ? 1 : 0;
            }
        }

        var undirected = seen.Count(pair => string.CompareOrdinal(pair.Item1, pair.Item2) < 0 || !seen.Contains((pair.Item2, pair.Item1)));
        return Defaults with
        {
            Source = $"measured on {folder}",
            CatalogShare = catalog / (2.0 * rows),
            GazetteerShare = gazetteer / (2.0 * rows),
            ReversedShare = reversed / (double)rows,
            PlacesPerTie = names.Count / (double)undirected,
        };

        // 1: the catalog knows a subdivision by the name; 2: else the gazetteer knows a place by it; 0: new to both.
        int KindOf(string id)
        {
            if (kinds.TryGetValue(id, out var known))
            {
                return known;
            }

            var name = names.GetValueOrDefault(id, id);
            var kind = Catalog.FindByName(name).Any(region => !region.IsCountry) ? 1 : Gazetteer.FindByName(name).Count > 0 ? 2 : 0;
            kinds.Add(id, kind);
            return kind;
        }
    }
}
