using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference;

/// <summary>
/// A hand-edited table embedded in the package, keyed by a name as lists write it: the names of countries that lists
/// write and CLDR does not hold ("Republic of Ireland", "USA"), and the countries neither ISO nor CLDR holds
/// ("Northern Cyprus"). Read once, on the first question.
/// </summary>
internal sealed class NameTable
{
    private readonly string _resourceName;
    private readonly Lazy<Dictionary<string, string[]>> _rows;

    private NameTable(string resourceName)
    {
        _resourceName = resourceName;
        _rows = new Lazy<Dictionary<string, string[]>>(Load);
    }

    /// <summary><c>Data/country-aliases.tsv</c>: a name, then the ISO 3166-1 code it stands for.</summary>
    public static NameTable CountryAliases { get; } = new("Diplomacy.Core.Reference.country-aliases.tsv");

    /// <summary><c>Data/unlisted-countries.tsv</c>: a name, then the territory's English name and the code of the country ISO counts it in.</summary>
    public static NameTable UnlistedCountries { get; } = new("Diplomacy.Core.Reference.unlisted-countries.tsv");

    /// <summary>The columns after the name on the row of a name, or <see langword="null"/>.</summary>
    public string[]? Find(string name) => _rows.Value.GetValueOrDefault(name);

    internal static Dictionary<string, string[]> Read(TextReader reader)
    {
        // Names match as region names do, so that "KOREA, REPUBLIC OF" and "Cote d’Ivoire" find their rows.
        var table = new Dictionary<string, string[]>(RegionNameComparer.Instance);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            table.Add(columns[0], columns[1..]);
        }

        return table;
    }

    private Dictionary<string, string[]> Load()
    {
        using var stream = typeof(NameTable).Assembly.GetManifestResourceStream(_resourceName)
            ?? throw new InvalidOperationException($"The table {_resourceName} is missing from {typeof(NameTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
