using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference;

/// <summary>
/// The names of countries that lists write and CLDR does not hold ("Republic of Ireland", "Korea, Republic of",
/// "USA"), read once from the embedded table <c>Data/country-aliases.tsv</c>.
/// </summary>
internal static class CountryAliases
{
    private const string ResourceName = "Diplomacy.Core.Reference.country-aliases.tsv";

    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    /// <summary>The country code an alias stands for, or <see langword="null"/>.</summary>
    public static string? CodeOf(string name) => Table.Value.GetValueOrDefault(name);

    internal static Dictionary<string, string> Read(TextReader reader)
    {
        // Aliases match as region names do, so that "KOREA, REPUBLIC OF" and "Cote d’Ivoire" find their entries.
        var table = new Dictionary<string, string>(RegionNameComparer.Instance);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cut = line.IndexOf('\t', StringComparison.Ordinal);
            table.Add(line[..cut], line[(cut + 1)..]);
        }

        return table;
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(CountryAliases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The country aliases ({ResourceName}) are missing from {typeof(CountryAliases).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
