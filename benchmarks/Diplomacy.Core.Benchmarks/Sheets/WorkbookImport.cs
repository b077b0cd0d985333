using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// Excel import beside CSV import of the same 100,000 rows (a national body's register: every row a tie of Gyeonggi
/// with a place of its own, named with its country), into an empty register each time; and the reading alone, the rows
/// of cells before the import's rules, for the workbook (unzip, XML) and for the CSV text (Sep). The baseline is the
/// CSV import. Rows a second: the rows over the mean. CI's smoke run takes 1,000 rows (<see cref="BenchmarkSizes"/>).
/// </summary>
[MemoryDiagnoser]
public class WorkbookImport
{
    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000, 100_000);

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    private string _csv = null!;
    private byte[] _workbook = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] countries = ["CN", "JP", "US", "DE", "FR", "VN", "IE", "GB"];
        string[] kinds = ["SisterCity", "Friendship", "CooperationMemorandum", "LetterOfIntent"];
        string[] dates = ["1993-10-25", "1993-10", "2011", "..2025-09-22", string.Empty];
        var csv = new StringBuilder(string.Join(',', RegisterSheet.ExportHeader)).Append('\n');
        var cells = new List<WorkbookCell[]> { RegisterSheet.ExportHeader.Select(WorkbookCell.Of).ToArray() };
        for (var row = 0; row < Rows; row++)
        {
            string[] values = [string.Create(CultureInfo.InvariantCulture, $"T{row}"), "KR-41", "KR", string.Create(CultureInfo.InvariantCulture, $"Place {row}"), countries[row % countries.Length], kinds[row % kinds.Length], dates[row % dates.Length], "economy; culture", string.Empty];
            csv.AppendJoin(',', values).Append('\n');
            var written = values.Select(WorkbookCell.Of).ToArray();
            if (row % dates.Length == 0)
            {
                written[6] = WorkbookCell.Of(new LocalDate(1993, 10, 25));
            }

            cells.Add(written);
        }

        _csv = csv.ToString();
        using var workbook = new MemoryStream();
        WorkbookWriter.Write(workbook, [("Register", cells)]);
        _workbook = workbook.ToArray();
        _ = Catalog.FindCountry("KR");
    }

    [Benchmark(Baseline = true)]
    public int CsvImport() => RegisterSheet.Import(Gyeonggi(), new StringReader(_csv)).TiesCreated.Count;

    [Benchmark]
    public int XlsxImport() => RegisterWorkbook.Import(Gyeonggi(), new MemoryStream(_workbook)).TiesCreated.Count;

    [Benchmark]
    public int CsvRowsOnly() => SheetText.Rows(new StringReader(_csv), ',').Count();

    [Benchmark]
    public int XlsxRowsOnly() => WorkbookReader.Rows(new MemoryStream(_workbook), null, WorkbookLimits.Default).Count;

    private static Register Gyeonggi()
    {
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "KR-41");
        return register;
    }
}
