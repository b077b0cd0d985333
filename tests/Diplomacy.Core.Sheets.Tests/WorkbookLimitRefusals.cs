using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A workbook past one of its limits (size unpacked, rows, cells a row, a cell's length) is refused whole, naming the limit, the sheet and the row, before any row lands.</summary>
public sealed class WorkbookLimitRefusals
{
    private static readonly string[] Header = Texts("home", "partner", "notes");

    [Fact]
    public void A_workbook_that_unpacks_past_its_size_limit_is_refused_before_a_row_is_read()
    {
        // A zip bomb in small: a part of zeros that deflates to almost nothing.
        var workbook = Build(
            [("Sheet1", SheetXml([Header, Texts("KR-41", "CN-SH", "")]))],
            more: zip => Add(zip, "xl/media/padding.bin", new string('0', 2_000_000)));
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, workbook, Limits(new WorkbookLimits { MaxUnpackedBytes = 1_000_000 }));

        workbook.Length.Should().BeLessThan(100_000);
        import.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal =>
            refusal.Reason == WorkbookRefusal.UnpackedSizeLimit && refusal.Message.Contains("1000000") && refusal.Message.Contains("'xl/media/padding.bin'"));
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_workbook_that_unpacks_to_exactly_its_size_limit_is_read_and_one_byte_less_refuses_it()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", ""));
        long unpacked;
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook.ToArray())))
        {
            unpacked = zip.Entries.Sum(entry => entry.Length);
        }

        RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxUnpackedBytes = unpacked })).TiesCreated.Should().ContainSingle();
        workbook.Position = 0;
        var smaller = () => RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxUnpackedBytes = unpacked - 1 }));
        smaller.Should().Throw<WorkbookRefusedException>().Which.Reason.Should().Be(WorkbookRefusal.UnpackedSizeLimit);
    }

    [Fact]
    public void A_workbook_within_its_size_limit_is_read()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", ""));

        RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxUnpackedBytes = 10_000 })).TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_sheet_of_more_rows_than_its_limit_is_refused_at_the_first_row_past_it_with_nothing_landed()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", ""), Texts("KR-41", "JP-13", ""), Texts("KR-41", "US-CA", ""));
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, workbook, Limits(new WorkbookLimits { MaxRows = 3 }));

        import.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal =>
            refusal.Reason == WorkbookRefusal.RowLimit && refusal.Sheet == "Sheet1" && refusal.Row == 4
            && refusal.Message.Contains("'Sheet1'") && refusal.Message.Contains("more than 3 rows") && refusal.Message.Contains("row 4"));
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_sheet_of_exactly_its_row_limit_is_read()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", ""), Texts("KR-41", "JP-13", ""));

        RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxRows = 3 })).TiesCreated.Should().HaveCount(2);
    }

    [Fact]
    public void A_row_with_a_cell_past_its_cells_limit_is_refused_naming_the_row()
    {
        var workbook = Sheet(Header, [Text("KR-41"), Text("CN-SH"), At("XFD2", Text("far"))]);

        var import = () => RegisterWorkbook.Import(GyeonggiRegister(), workbook);

        import.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal =>
            refusal.Reason == WorkbookRefusal.CellsPerRowLimit && refusal.Sheet == "Sheet1" && refusal.Row == 2
            && refusal.Message.Contains("Row 2") && refusal.Message.Contains("'Sheet1'") && refusal.Message.Contains("more than 1024 cells") && refusal.Message.Contains("column 16384"));
    }

    [Fact]
    public void A_row_spanning_exactly_its_cells_limit_is_read()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", "note"));

        RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxCellsPerRow = 3 })).TiesCreated.Should().ContainSingle();
        var wider = () => RegisterWorkbook.Import(GyeonggiRegister(), Sheet(Header, Texts("KR-41", "CN-SH", "note")), Limits(new WorkbookLimits { MaxCellsPerRow = 2 }));
        wider.Should().Throw<WorkbookRefusedException>().Which.Row.Should().Be(1);
    }

    [Fact]
    public void A_cell_longer_than_its_limit_is_refused_naming_the_row()
    {
        var workbook = Sheet(Header, Texts("KR-41", "CN-SH", new string('x', 11)));

        var import = () => RegisterWorkbook.Import(GyeonggiRegister(), workbook, Limits(new WorkbookLimits { MaxCellLength = 10 }));

        import.Should().Throw<WorkbookRefusedException>().Which.Should().Match<WorkbookRefusedException>(refusal =>
            refusal.Reason == WorkbookRefusal.CellLengthLimit && refusal.Row == 2
            && refusal.Message.Contains("row 2, column 3") && refusal.Message.Contains("'Sheet1'") && refusal.Message.Contains("holds 11 characters, more than 10"));
        RegisterWorkbook.Import(GyeonggiRegister(), Sheet(Header, Texts("KR-41", "CN-SH", new string('x', 10))), Limits(new WorkbookLimits { MaxCellLength = 10 }))
            .TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void The_default_limits_hold_what_Excel_holds_and_a_register_needs()
    {
        WorkbookLimits.Default.Should().Be(new WorkbookLimits { MaxUnpackedBytes = 256L * 1024 * 1024, MaxRows = 1_048_576, MaxCellsPerRow = 1_024, MaxCellLength = 32_767 });
        SheetImportOptions.Default.WorkbookLimits.Should().BeSameAs(WorkbookLimits.Default);
        SheetImportOptions.Default.SheetName.Should().BeNull();
    }

    private static SheetImportOptions Limits(WorkbookLimits limits) => new() { WorkbookLimits = limits };
}
