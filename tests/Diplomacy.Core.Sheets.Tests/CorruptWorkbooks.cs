using System.IO.Compression;
using System.Text;
using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Bytes that are not an Excel workbook, or a workbook whose parts are broken, are refused whole as not a workbook, never with a library's own exception.</summary>
public sealed class CorruptWorkbooks
{
    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "CSV text", Encoding.UTF8.GetBytes("home,partner\nKR-41,CN-SH\n") },
        { "no bytes", [] },
        { "a zip of something else", ZipOf(("readme.txt", "hello")) },
        { "a truncated workbook", Sheet(Texts("home", "partner"), Texts("KR-41", "CN-SH")).ToArray()[..300] },
        { "a sheet that is not XML", Build([("Sheet1", "<worksheet><sheetData><row>")]).ToArray() },
        { "a sheet with a DTD", Build([("Sheet1", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>""")]).ToArray() },
        { "a cell naming a shared string the workbook lacks", Build([("Sheet1", SheetXml([Texts("home", "partner"), [Text("KR-41"), """<c t="s"><v>7</v></c>"""]]))], "<si><t>x</t></si>").ToArray() },
        { "a row numbered zero", Build([("Sheet1", SheetXml([Texts("home", "partner")]).Replace("r=\"1\"", "r=\"0\"", StringComparison.Ordinal))]).ToArray() },
        { "a cell referenced by no column", Build([("Sheet1", SheetXml([[At("12", Text("home"))]]))]).ToArray() },
        { "a cell referenced past three letters", Build([("Sheet1", SheetXml([[At("ABCD1", Text("home"))]]))]).ToArray() },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Bytes_that_are_not_a_readable_workbook_are_refused_as_not_a_workbook_with_nothing_added(string what, byte[] bytes)
    {
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, new MemoryStream(bytes));

        import.Should().Throw<WorkbookRefusedException>(what).Which.Reason.Should().Be(WorkbookRefusal.NotAWorkbook);
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void The_public_constructors_refuse_as_not_a_workbook()
    {
        new WorkbookRefusedException().Reason.Should().Be(WorkbookRefusal.NotAWorkbook);
        new WorkbookRefusedException("broken").Should().Match<WorkbookRefusedException>(e => e.Reason == WorkbookRefusal.NotAWorkbook && e.Sheet == null && e.Row == null);
        var cause = new InvalidDataException();
        new WorkbookRefusedException("broken", cause).InnerException.Should().BeSameAs(cause);
    }

    private static byte[] ZipOf(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                Add(zip, name, text);
            }
        }

        return stream.ToArray();
    }
}
