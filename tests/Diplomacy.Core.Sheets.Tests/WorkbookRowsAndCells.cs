using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// Where a sheet's rows and cells are: a row by its number or else after the row before it, a cell by its reference or
/// else after the cell before it; only the row and cell elements count, whatever else the XML holds between them.
/// </summary>
public sealed class WorkbookRowsAndCells
{
    [Fact]
    public void Rows_without_numbers_are_numbered_after_the_row_before_them()
    {
        var sheet = SheetXml([Texts("home", "partner", "kind"), Texts("KR-41", "CN-SH"), Texts("KR-41", "JP-13", "alliance")])
            .Replace(" r=\"2\"", string.Empty, StringComparison.Ordinal).Replace(" r=\"3\"", string.Empty, StringComparison.Ordinal);

        var report = RegisterWorkbook.Import(GyeonggiRegister(), Build([("Sheet1", sheet)]));

        report.Refused.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void An_empty_row_element_is_skipped_and_the_row_after_it_is_read()
    {
        var sheet = SheetXml([Texts("home", "partner")])
            .Replace("</sheetData>", $"""<row r="2"/><row r="3">{string.Concat(Texts("KR-41", "CN-SH"))}</row></sheetData>""", StringComparison.Ordinal);

        var report = RegisterWorkbook.Import(GyeonggiRegister(), Build([("Sheet1", sheet)]));

        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_cell_referenced_in_column_Z_is_the_twenty_sixth_cell_of_its_row()
    {
        var workbook = Sheet(
            [At("A1", Text("home")), At("B1", Text("partner")), At("Z1", Text("notes"))],
            [At("A2", Text("KR-41")), At("B2", Text("CN-SH")), At("Z2", Text("in Z"))]);
        var register = GyeonggiRegister();

        RegisterWorkbook.Import(register, workbook);

        register.Agreements.Single().Notes.Should().Equal("in Z");
    }

    [Fact]
    public void An_element_of_a_row_that_is_not_a_cell_is_not_read_as_one()
    {
        var workbook = Sheet(Texts("home", "partner"), ["<extLst><ext uri=\"x\"/></extLst>", .. Texts("KR-41", "CN-SH")]);

        RegisterWorkbook.Import(GyeonggiRegister(), workbook).TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_sheet_written_with_line_breaks_between_its_cells_is_read_cell_by_cell()
    {
        var workbook = Sheet(Texts("home", "partner", "notes"), ["\n  ", Text("KR-41"), "\n  ", Text("CN-SH"), "\n  ", Text("indented"), "\n"]);
        var register = GyeonggiRegister();

        RegisterWorkbook.Import(register, workbook);

        register.Agreements.Single().Notes.Should().Equal("indented");
    }

    [Fact]
    public void A_cell_stored_with_no_value_reads_as_empty()
    {
        var workbook = Sheet(Texts("home", "partner", "notes", "fields"), [Text("KR-41"), Text("CN-SH"), "<c t=\"inlineStr\"/>", $"<c s=\"{ShortDate}\"/>"]);
        var register = GyeonggiRegister();

        RegisterWorkbook.Import(register, workbook);

        register.Agreements.Single().Should().Match<Agreements.Agreement>(tie => tie.Notes.Count == 0 && tie.Fields.Count == 0);
    }

    [Theory]
    [InlineData("str", "24650")] // a formula's text result
    [InlineData("e", "#N/A")] // an error
    public void A_text_or_error_result_stays_as_written_in_a_date_formatted_cell(string type, string value)
    {
        var workbook = Sheet(Texts("home", "partner", "notes"), [Text("KR-41"), Text("CN-SH"), $"<c t=\"{type}\" s=\"{ShortDate}\"><f>A1</f><v>{value}</v></c>"]);
        var register = GyeonggiRegister();

        RegisterWorkbook.Import(register, workbook);

        register.Agreements.Single().Notes.Should().Equal(value);
    }

    [Fact]
    public void A_number_naming_a_cell_format_the_workbook_lacks_is_read_as_its_digits()
    {
        var workbook = Sheet(Texts("home", "partner", "date"), [Text("KR-41"), Text("CN-SH"), Number("1993", 5)]);

        RegisterWorkbook.Import(GyeonggiRegister(), workbook).TiesCreated.Single().SignedOn.ToString().Should().Be("1993");
    }
}
