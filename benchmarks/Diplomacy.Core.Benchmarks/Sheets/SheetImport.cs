using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Data;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// CSV and TSV import throughput, into an empty register each time. The pair list is the Wikidata twinning crawl's
/// shape (each tie in both directions, two Q-ids a row); the register sheet is a province's register of 10,000
/// rows naming partners by name and country, most of them places the catalog lacks. The baseline is the loop a user
/// would write for the pair list: split each line at the tab, create each place once, sign and add each tie once.
/// </summary>
[MemoryDiagnoser]
public class SheetImport
{
    private const int SheetRows = 10_000;

    private string _pairs = null!;
    private string _sheet = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pairs = TwinningData.Load().Pairs();
        var list = new StringBuilder();
        foreach (var (first, second) in pairs)
        {
            list.Append(CultureInfo.InvariantCulture, $"{first}\t{second}\n{second}\t{first}\n");
        }

        _pairs = list.ToString();

        string[] countries = ["CN", "JP", "US", "Republic of Ireland", "England, United Kingdom", "DE", "FR", "VN"];
        string[] kinds = ["sister city", "friendship", "MOU", "letter of intent"];
        string[] dates = ["1993-10-25", "1993-10", "2011", "..2025-09-22", string.Empty];
        var sheet = new StringBuilder("home,partner,partner country,kind,date,fields,notes\n");
        for (var row = 0; row < SheetRows; row++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"KR-41,Place {row % 7_000},\"{countries[row % countries.Length]}\",{kinds[row % kinds.Length]},{dates[row % dates.Length]},economy; culture,\n");
        }

        _sheet = sheet.ToString();
        _ = Catalog.FindCountry("KR");
        _ = Catalog.FindByName("Gyeonggi");
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenPairLoop()
    {
        var register = Register.Open();
        var places = new Dictionary<string, Region>();
        var seen = new HashSet<(string, string)>();
        var number = 0;
        foreach (var line in _pairs.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var first = line[..tab].ToString();
            var second = line[(tab + 1)..].ToString();
            if (!seen.Add(string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first)))
            {
                continue;
            }

            var tie = Agreement.Sign(new AgreementId(string.Create(CultureInfo.InvariantCulture, $"W{++number}")), AgreementKind.SisterCity, [Place(first), Place(second)], PartialDate.Unknown);
            register.AddDistinct(tie);
        }

        return register.Agreements.Count;

        Region Place(string id)
        {
            if (!places.TryGetValue(id, out var place))
            {
                var wikidataId = WikidataId.Parse(id);
                place = Region.CreatePlace(RegionId.For(wikidataId), AdministrativeKind.Other, RegionNames.Of("und", id), null, "UTC", wikidataId);
                register.Directory.Add(place);
                places.Add(id, place);
            }

            return place;
        }
    }

    [Benchmark]
    public int PairListImport() => PairList.Import(Register.Open(), new StringReader(_pairs)).TiesCreated.Count;

    [Benchmark]
    public int RegisterSheetImport()
    {
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "KR-41");
        return RegisterSheet.Import(register, new StringReader(_sheet)).TiesCreated.Count;
    }
}
