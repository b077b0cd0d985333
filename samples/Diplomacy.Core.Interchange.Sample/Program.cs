using Diplomacy.Core.Coverage;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;
using System.Text;
using NodaTime;

// A registrar's first day: a pair list scraped from an encyclopedia becomes a register, the register is saved as a
// JSON document, and the document, loaded back, answers the office's question. Run from the repository:
// dotnet run --project samples/Diplomacy.Core.Interchange.Sample
//
// The list names each place as its source did: in Korean, Chinese or English, by ISO code, and once in both
// directions. It says only who is tied to whom, with no dates.
const string scraped = """
    경기도	天津市
    Gyeonggi	Chongqing
    KR-41	CN-SH
    上海市	경기도
    Gyeonggi	Gyeonggi
    Gyeonggi	Springfield
    """;

var register = Register.Open();
var report = PairList.Import(register, new StringReader(scraped), new PairListOptions { Directed = false });
Console.WriteLine("== The pair list, imported ==");
Console.WriteLine(report);
foreach (var refused in report.Refused)
{
    Console.WriteLine($"  refused: {refused}");
}

var file = Path.Combine(Path.GetTempPath(), $"diplomacy-register-{Environment.ProcessId}.json");
try
{
    await using (var output = File.Create(file))
    {
        await RegisterDocument.WriteAsync(register, output);
    }

    Console.WriteLine();
    Console.WriteLine($"== Saved as JSON: {new FileInfo(file).Length:N0} bytes, format {RegisterDocument.Format} version {RegisterDocument.Version} ==");

    Register loaded;
    await using (var input = File.OpenRead(file))
    {
        loaded = await RegisterDocument.ReadAsync(input);
    }

    // The list gives no signing dates, so on any day each tie may not have been signed yet: the strict count holds
    // them uncertain, and only the optimistic count, asked for by name, counts them.
    var gyeonggi = loaded.Directory.Resolve("KR-41")!;
    var day = new LocalDate(2025, 9, 30);
    var cohort = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    var strict = loaded.Coverage(gyeonggi, cohort, day);
    var optimistic = loaded.Coverage(gyeonggi, cohort, day, CoverageCriteria.Default with { CountUncertainAsCovered = true });
    Console.WriteLine();
    Console.WriteLine($"== Loaded back: {loaded.Agreements.Count} ties, {loaded.Directory.Count} regions ==");
    Console.WriteLine($"{cohort.Name}, {day:uuuu-MM-dd}");
    Console.WriteLine($"  strict:     {strict}");
    Console.WriteLine($"  optimistic: {optimistic}");
    Console.WriteLine($"  missing:    {string.Join(", ", optimistic.Missing.Select(member => Catalog.Region(member.Member.Key.Value).Names.In("en")))}");
}
finally
{
    File.Delete(file);
}

// Then the city's own list, as Korea's public-data portal publishes it: portal headers, dates as Korean registers
// write them, countries in Korean, and the file saved in CP949 as Korean Excel saves CSV. Only the encoding and the
// list's home are named; the columns are the portal's, recognised without mapping.
const string portal = """
    도시명,국가명,결연일자,협정구분,비고
    톨레도,미국,1967. 6. 27.,자매결연,첫 자매도시
    天津市,중국,1993년 10월,우호교류,
    Kanagawa,일본,1990.4,자매결연,
    Atlantis,아틀란티스,2001. 2. 30.,자매결연,
    """;
var cp949 = CodePagesEncodingProvider.Instance.GetEncoding(949)!;
using var portalBytes = new MemoryStream(cp949.GetBytes(portal));
var portalReport = RegisterSheet.Import(register, portalBytes, new SheetImportOptions { Home = "KR-41", LegacyEncoding = cp949 });
Console.WriteLine();
Console.WriteLine($"== The portal's sheet, {portalBytes.Length:N0} bytes of CP949, imported ==");
Console.WriteLine(portalReport);
foreach (var refused in portalReport.Refused)
{
    Console.WriteLine($"  refused: {refused}");
}

// Registrars keep their registers in Excel: the register goes out as a workbook (dates known to the day stored as
// Excel dates) and comes back, through the same rules and report as the CSV sheet, into an empty register.
using var workbook = new MemoryStream();
var workbookExport = RegisterWorkbook.Export(register, workbook);
workbook.Position = 0;
var fromWorkbook = Register.Open();
var workbookReport = RegisterWorkbook.Import(fromWorkbook, workbook);
Console.WriteLine();
Console.WriteLine($"== The register as an Excel workbook: {workbookExport.RowsWritten} rows, {workbook.Length:N0} bytes, imported into an empty register ==");
Console.WriteLine(workbookReport);

// And the twinnings, for Wikidata: "twinned administrative body" (P190) on each item, for places that carry an id.
using var commands = new StringWriter();
var wikidata = Diplomacy.Core.Interchange.Wikidata.QuickStatements.Export(register, commands);
Console.WriteLine();
Console.WriteLine($"== QuickStatements: {wikidata.TiesWritten} ties as {wikidata.CommandsWritten} commands, {wikidata.LeftOut.Count} left out ==");
Console.Write(commands.ToString().Replace('\t', ' '));
foreach (var left in wikidata.LeftOut)
{
    Console.WriteLine($"  left out: {left.Agreement.Id} ({left.Reason})");
}
