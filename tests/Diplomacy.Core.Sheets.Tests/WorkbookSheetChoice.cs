using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>The register is read from the sheet the options name, ignoring case as Excel does, or else from the first worksheet; a name the workbook lacks refuses it whole.</summary>
public sealed class WorkbookSheetChoice
{
    private static readonly (string, string[][])[] TwoSheets =
    [
        ("Notes", [Texts("home", "partner"), Texts("KR-41", "CN-SH")]),
        ("자매결연", [Texts("home", "partner"), Texts("KR-41", "JP-13"), Texts("KR-41", "US-CA")]),
    ];

    [Fact]
    public void Without_a_sheet_name_the_first_sheet_is_read()
    {
        RegisterWorkbook.Import(GyeonggiRegister(), Of(TwoSheets)).TiesCreated.Should().ContainSingle();
    }

    [Theory]
    [InlineData("자매결연")]
    [InlineData("notes")]
    public void The_sheet_named_in_the_options_is_read_ignoring_case(string name)
    {
        var report = RegisterWorkbook.Import(GyeonggiRegister(), Of(TwoSheets), new SheetImportOptions { SheetName = name });

        report.TiesCreated.Should().HaveCount(name == "notes" ? 1 : 2);
    }

    [Fact]
    public void A_sheet_name_the_workbook_lacks_is_refused_whole_naming_it()
    {
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, Of(TwoSheets), new SheetImportOptions { SheetName = "Ties" });

        import.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal => refusal.Reason == WorkbookRefusal.SheetNotFound && refusal.Sheet == "Ties");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_sheet_name_the_workbook_lacks_is_refused_with_the_names_of_the_sheets_it_has()
    {
        var import = () => RegisterWorkbook.Import(GyeonggiRegister(), Of(TwoSheets), new SheetImportOptions { SheetName = "Ties" });

        import.Should().Throw<WorkbookRefusedException>().Which.Message.Should().Contain("'Ties'").And.Contain("'Notes', '자매결연'");
    }

    [Fact]
    public void A_worksheet_listed_without_a_name_is_read_as_the_first_and_its_refusals_name_no_sheet()
    {
        var workbook = Edited(Sheet(Texts("home", "partner"), Texts("KR-41", "CN-SH")), "xl/workbook.xml", "name=\"Sheet1\" ", string.Empty);

        RegisterWorkbook.Import(GyeonggiRegister(), workbook).TiesCreated.Should().ContainSingle();
        workbook.Position = 0;
        var overLimit = () => RegisterWorkbook.Import(GyeonggiRegister(), workbook, new SheetImportOptions { WorkbookLimits = new WorkbookLimits { MaxRows = 1 } });
        overLimit.Should().Throw<WorkbookRefusedException>().Which.Sheet.Should().BeEmpty();
    }

    [Fact]
    public void A_chart_sheet_is_skipped_for_the_first_worksheet_and_refused_when_named()
    {
        var workbook = Build([("Register", SheetXml([Texts("home", "partner"), Texts("KR-41", "CN-SH")]))]);
        var withChart = ChartFirst(workbook);

        RegisterWorkbook.Import(GyeonggiRegister(), ChartFirst(workbook)).TiesCreated.Should().ContainSingle();
        var named = () => RegisterWorkbook.Import(GyeonggiRegister(), withChart, new SheetImportOptions { SheetName = "Chart" });
        named.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal =>
            refusal.Reason == WorkbookRefusal.SheetNotFound && refusal.Sheet == "Chart" && refusal.Message.Contains("'Chart'"));
    }

    [Fact]
    public void A_workbook_with_no_worksheet_is_refused_as_not_a_workbook()
    {
        var import = () => RegisterWorkbook.Import(GyeonggiRegister(), Of());

        import.Should().Throw<WorkbookRefusedException>().Which.Reason.Should().Be(WorkbookRefusal.NotAWorkbook);
    }

    /// <summary>The workbook with a sheet before its worksheet whose link leads to no worksheet, as a chart sheet's does.</summary>
    private static MemoryStream ChartFirst(MemoryStream workbook) =>
        Edited(workbook, "xl/workbook.xml", "<sheets>", """<sheets><sheet name="Chart" sheetId="9" r:id="rStyles"/>""");
}
