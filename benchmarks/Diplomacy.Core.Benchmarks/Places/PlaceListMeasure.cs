using System.Diagnostics;
using System.Globalization;
using System.Text;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Places;

/// <summary>
/// One measured import of a list of city pairs written as encyclopedias write them ("City, Country" on each side),
/// built from the gazetteer itself with a fixed seed: the goals are at most 0.5% of rows refused and at most
/// 1% of the places created with an assumed zone. Homes are Korean, Japanese and Chinese places, partners any place
/// of 10,000 people or more; a place is written by its English name where the sources give one, else GeoNames'
/// name, and its country by CLDR's English name.
/// Run with <c>dotnet run -c Release --project benchmarks/Diplomacy.Core.Benchmarks -- --measure-places 10000</c>.
/// </summary>
public static class PlaceListMeasure
{
    public const string Command = "--measure-places";

    public static int Run(int rows)
    {
        var data = PlaceData.Instance.Value;
        var partners = Enumerable.Range(0, data.Count).Where(at => data.PopulationAt(at) >= 10_000).Select(data.PlaceAt).ToArray();
        var homes = partners.Where(place => place.CountryCode is "KR" or "JP" or "CN").ToArray();
        var random = new Random(20261205);
        var list = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            list.Append(Cell(homes[random.Next(homes.Length)])).Append(',').Append(Cell(partners[random.Next(partners.Length)])).Append('\n');
        }

        var time = Stopwatch.StartNew();
        var report = PairList.Import(Register.Open(), new StringReader(list.ToString()), new PairListOptions { Places = Gazetteer.Resolver });
        time.Stop();

        var refused = report.Refused.Count;
        var created = report.RegionsCreated.Count;
        var assumed = report.PlacesWithAssumedZone.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows: {rows:N0}; imported in {time.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"refused: {refused:N0} ({100.0 * refused / rows:F2}%, goal <= 0.5%)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"regions created: {created:N0}; with an assumed zone: {assumed:N0} ({(created == 0 ? 0 : 100.0 * assumed / created):F2}%, goal <= 1%)"));
        foreach (var reason in report.Refused.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reason.Key}: {reason.Count():N0}, e.g. {reason.First().Message}"));
        }

        return 0;
    }

    private static string Cell(Place place)
    {
        var name = place.Names.Exactly(Diplomacy.Core.Geography.LanguageTag.Parse("en"))?.Text ?? place.Name;
        return $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}, {Catalog.Region(place.CountryCode).Names.In("en")}\"";
    }
}
