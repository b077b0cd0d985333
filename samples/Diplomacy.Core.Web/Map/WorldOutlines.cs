using System.Globalization;

namespace Diplomacy.Core.Web.Map;

/// <summary>
/// The countries' outlines the map draws: Natural Earth's 1:110m countries (public domain), converted by
/// <c>.ci/world-map</c> into SVG paths in <see cref="MapPoint"/>'s projection and embedded in the host, so that nothing
/// is fetched at run time. Each outline carries its country's ISO 3166-1 alpha-2 code (Kosovo's is <c>XK</c>, as in
/// CLDR) and the centroid of its largest polygon; two shapes that are no country of ISO or CLDR (Northern Cyprus,
/// Somaliland) are land without a code. Antarctica is left out.
/// </summary>
public sealed class WorldOutlines
{
    private const string ResourceName = "Diplomacy.Core.Web.world-outlines.tsv";

    /// <summary>The map's height in degrees: from the North Pole down to 60° south, where the outlines end.</summary>
    public const double Height = 150;

    /// <summary>The map's width in degrees: the whole circle of longitude.</summary>
    public const double Width = 360;

    private readonly Dictionary<string, Outline> _byCountry;

    private WorldOutlines(IReadOnlyList<Outline> all)
    {
        All = all;
        _byCountry = all.Where(outline => outline.CountryCode is not null)
            .ToDictionary(outline => outline.CountryCode!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The outlines, read once from the host's embedded resource.</summary>
    public static WorldOutlines Instance { get; } = Load();

    /// <summary>Every outline, by country code (the codeless shapes first).</summary>
    public IReadOnlyList<Outline> All { get; }

    /// <summary>The centroid of a country's largest polygon, or null when the outlines hold no such country (Singapore, Monaco: too small at 1:110m).</summary>
    public MapPoint? CentroidOf(string countryCode) => _byCountry.TryGetValue(countryCode, out var outline) ? outline.Centroid : null;

    private static WorldOutlines Load()
    {
        using var stream = typeof(WorldOutlines).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The world outlines ({ResourceName}) are missing from the web host.");
        using var reader = new StreamReader(stream);
        var outlines = new List<Outline>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidOperationException($"The world outlines' line {number} has {fields.Length} fields, not 4.");
            }

            outlines.Add(new Outline(
                fields[0] == "-" ? null : fields[0],
                new MapPoint(double.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture)),
                fields[3]));
        }

        return new WorldOutlines(outlines);
    }

    /// <summary>One country's outline.</summary>
    /// <param name="CountryCode">The ISO 3166-1 alpha-2 code, or null for land that is no country of ISO or CLDR.</param>
    /// <param name="Centroid">The centroid of the country's largest polygon.</param>
    /// <param name="Path">The outline as an SVG path's data.</param>
    public sealed record Outline(string? CountryCode, MapPoint Centroid, string Path);
}
