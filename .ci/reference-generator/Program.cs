using Diplomacy.Core.Reference.Generator;

// Writes the reference catalog's data file from Unicode CLDR 48 (npm JSON), CLDR 41 (Debian XML), the
// repository's tables and NodaTime's TZDB. Run by .ci/reference-data, which fetches the sources.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: Generator <cldr48 npm folder> <cldr41 common folder> <tables folder> <output file>").ConfigureAwait(false);
    return 2;
}

var sources = Sources.Read(args[0], args[1], args[2]);
var catalog = CatalogBuilder.Build(sources);
await File.WriteAllTextAsync(args[3], CatalogWriter.Write(catalog)).ConfigureAwait(false);
foreach (var line in CatalogWriter.Summary(catalog))
{
    Console.WriteLine(line);
}

return 0;
