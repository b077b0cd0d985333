using Diplomacy.Core.Geography;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>The core's statistics tables export to a workbook, a sheet a table named by its grouping, holding the table's CSV rows with the ties as numbers.</summary>
public sealed class StatisticsWorkbookExport
{
    private static readonly LocalDate Day = new(2026, 1, 1);

    [Fact]
    public void Each_table_is_a_sheet_named_by_its_grouping_numbered_from_2_when_repeated_with_the_rows_of_its_CSV()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner,date\nKR-41,CN-SH,2025-09-25\nKR-41,CN-TJ,1993-10\nKR-41,JP-13,2011\n");
        var counted = register.StatisticsOn(Held(register, "KR-41"), Day).Counted;
        using var workbook = new MemoryStream();

        StatisticsWorkbook.Export([counted.ByPartnerCountry, counted.ByKind, counted.ByPartnerCountry, counted.ByPartnerCountry], workbook, LanguageTag.Parse("ko"));

        var csv = StatisticsSheet.ToCsv(counted.ByPartnerCountry, LanguageTag.Parse("ko")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Cells);
        Sheet(workbook, "PartnerCountry").Should().BeEquivalentTo(csv, options => options.WithStrictOrdering());
        Sheet(workbook, "Kind").Should().HaveCount(counted.ByKind.Rows.Length + 2);
        Sheet(workbook, "PartnerCountry (2)").Should().BeEquivalentTo(csv, options => options.WithStrictOrdering());
        Sheet(workbook, "PartnerCountry (3)").Should().BeEquivalentTo(csv, options => options.WithStrictOrdering());
    }

    [Fact]
    public void The_ties_of_a_row_are_stored_as_a_number()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner,date\nKR-41,CN-SH,2025-09-25\nKR-41,CN-TJ,2020-01-01\n");
        using var workbook = new MemoryStream();

        StatisticsWorkbook.Export([register.StatisticsOn(Held(register, "KR-41"), Day).Counted.ByPartnerCountry], workbook, LanguageTag.Parse("en"));

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook.ToArray()));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")?.Open() ?? zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).Open());
        sheet.ReadToEnd().Should().Contain("<x:c r=\"D2\"><x:v>2</x:v></x:c>");
    }

    [Fact]
    public void Export_refuses_null_tables_a_null_stream_and_a_default_language()
    {
        var tables = () => StatisticsWorkbook.Export(null!, new MemoryStream(), LanguageTag.Parse("en"));
        var table = () => StatisticsWorkbook.Export([null!], new MemoryStream(), LanguageTag.Parse("en"));
        var stream = () => StatisticsWorkbook.Export([], null!, LanguageTag.Parse("en"));
        var language = () => StatisticsWorkbook.Export([], new MemoryStream(), default);

        tables.Should().Throw<ArgumentNullException>().WithParameterName("tables");
        table.Should().Throw<ArgumentNullException>().WithParameterName("tables");
        stream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        language.Should().Throw<ArgumentException>().WithParameterName("language");
    }

    private static string[] Cells(string csvRow) => [.. SheetText.Rows(new StringReader(csvRow), ',').Single().Cells];

    private static List<string[]> Sheet(MemoryStream workbook, string name) =>
        [.. WorkbookReader.Rows(new MemoryStream(workbook.ToArray()), name, WorkbookLimits.Default).Select(row => row.Cells)];
}
