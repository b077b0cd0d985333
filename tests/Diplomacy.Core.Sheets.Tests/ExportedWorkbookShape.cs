using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Diplomacy.Core.Geography;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// An exported workbook is written as Excel writes one, read here with the Open XML SDK rather than this package's
/// reader: sheets with ids of their own from 1, rows numbered, cells referenced A … Z, AA …, no cell for an empty text,
/// text with its spaces kept, and a styles part whose lists carry their counts and whose second cell format shows a date.
/// </summary>
public sealed class ExportedWorkbookShape
{
    [Fact]
    public void Each_sheet_has_an_id_of_its_own_counted_from_1()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner,date\nKR-41,CN-SH,2025-09-25\n");
        var counted = register.StatisticsOn(Held(register, "KR-41"), new LocalDate(2026, 1, 1)).Counted;
        using var workbook = new MemoryStream();

        StatisticsWorkbook.Export([counted.ByPartnerCountry, counted.ByKind, counted.ByDecadeSigned], workbook, LanguageTag.Parse("en"));

        using var document = Open(workbook);
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.SheetId!.Value).Should().Equal(1u, 2u, 3u);
    }

    [Fact]
    public void Rows_carry_their_numbers_and_an_empty_text_is_no_cell()
    {
        using var document = Open(Exported("home,partner,notes\nKR-41,CN-SH,\nKR-41,JP-13,note\n"));

        var rows = SheetData(document).Elements<Row>().ToList();

        rows.Select(row => row.RowIndex!.Value).Should().Equal(1u, 2u, 3u);
        rows[1].Elements<Cell>().Select(cell => cell.CellReference!.Value).Should().NotContain("I2");
        rows[2].Elements<Cell>().Select(cell => cell.CellReference!.Value).Should().Contain("I3");
    }

    [Fact]
    public void Text_is_written_with_its_spaces_kept()
    {
        using var document = Open(Exported("home,partner\nKR-41,CN-SH\n"));

        SheetData(document).Descendants<Text>().Should().NotBeEmpty().And.OnlyContain(text => text.Space! == DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve);
    }

    [Fact]
    public void Cells_past_column_Z_are_referenced_by_two_letters()
    {
        using var workbook = new MemoryStream();

        WorkbookWriter.Write(workbook, [("Wide", [[.. Enumerable.Range(0, 30).Select(n => WorkbookCell.Of(n))]])]);

        using var document = Open(workbook);
        SheetData(document).Descendants<Cell>().Select(cell => cell.CellReference!.Value).Should()
            .StartWith(["A1", "B1"]).And.ContainInOrder("Y1", "Z1", "AA1", "AB1").And.EndWith("AD1");
    }

    [Fact]
    public void The_styles_lists_carry_their_counts_and_the_second_cell_format_shows_a_day_as_yyyy_mm_dd()
    {
        using var document = Open(Exported("home,partner\nKR-41,CN-SH\n"));

        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var lists = new DocumentFormat.OpenXml.OpenXmlElement[] { styles.NumberingFormats!, styles.Fonts!, styles.Fills!, styles.Borders!, styles.CellStyleFormats!, styles.CellFormats! };
        lists.Should().OnlyContain(list => list.GetAttributes().Any(attribute => attribute.LocalName == "count" && attribute.Value == list.ChildElements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        styles.Fills!.Elements<Fill>().Select(fill => fill.PatternFill!.PatternType!.Value).Should().Equal(PatternValues.None, PatternValues.Gray125);
        var date = styles.CellFormats!.Elements<CellFormat>().ElementAt(1);
        (date.NumberFormatId!.Value, date.ApplyNumberFormat!.Value).Should().Be((164u, true));
        styles.NumberingFormats!.Elements<NumberingFormat>().Single().FormatCode!.Value.Should().Be("yyyy-mm-dd");
    }

    private static MemoryStream Exported(string csv)
    {
        var register = GyeonggiRegister();
        Import(register, csv);
        var workbook = new MemoryStream();
        RegisterWorkbook.Export(register, workbook);
        return workbook;
    }

    private static SpreadsheetDocument Open(MemoryStream workbook) => SpreadsheetDocument.Open(new MemoryStream(workbook.ToArray()), false);

    private static SheetData SheetData(SpreadsheetDocument document) => document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
}
