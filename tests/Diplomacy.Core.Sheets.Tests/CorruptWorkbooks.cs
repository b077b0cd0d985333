using System.IO.Compression;
using System.Text;
using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Bytes that are not an Excel workbook, or a workbook whose parts are broken, are refused whole as not a workbook, never with a library's own exception.</summary>
public sealed class CorruptWorkbooks
{
    /// <summary>Each case by its name (so that each is a test of its own), with the bytes and what its refusal says when the reader, not a library, found the fault.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Bytes, string? Says)> Cases = new()
    {
        ["CSV text"] = (() => Encoding.UTF8.GetBytes("home,partner\nKR-41,CN-SH\n"), null),
        ["no bytes"] = (() => [], null),
        ["a zip of something else"] = (() => ZipOf(("readme.txt", "hello")), "no workbook part"),
        ["a truncated workbook"] = (() => Valid().ToArray()[..300], null),
        ["a sheet that is not XML"] = (() => Build([("Sheet1", "<worksheet><sheetData><row>")]).ToArray(), null),
        ["a sheet with a DTD"] = (() => Build([("Sheet1", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>""")]).ToArray(), null),
        ["a relationship to a part the package lacks"] = (() => Edited(Valid(), "_rels/.rels", "Target=\"xl/workbook.xml\"", "Target=\"xl/missing.xml\"").ToArray(), null),
        ["a relationship to an absolute address inside the package"] = (() => Edited(Valid(), "xl/_rels/workbook.xml.rels", "Target=\"worksheets/sheet1.xml\"", "Target=\"http://example.com/sheet1.xml\"").ToArray(), null),
        ["a sheet of a chart's content type"] = (() => Edited(Valid(), "[Content_Types].xml", "worksheet+xml", "chartsheet+xml").ToArray(), null),
        ["a date system that is no truth value"] = (() => Edited(Valid(), "xl/workbook.xml", "<sheets>", "<workbookPr date1904=\"maybe\"/><sheets>").ToArray(), null),
        ["a workbook that lists no sheets"] = (() => Edited(Valid(), "xl/workbook.xml", xml => xml[..xml.IndexOf("<sheets>", StringComparison.Ordinal)] + "</workbook>").ToArray(), "no worksheet"),
        ["a cell naming a shared string the workbook lacks"] = (() => SharedString("7"), "shared string '7'"),
        ["a cell naming the shared string just past the last"] = (() => SharedString("1"), "shared string '1'"),
        ["a cell naming a shared string by no number"] = (() => SharedString("first"), "shared string 'first'"),
        ["a row numbered zero"] = (() => Build([("Sheet1", SheetXml([Texts("home", "partner")]).Replace("r=\"1\"", "r=\"0\"", StringComparison.Ordinal))]).ToArray(), "row numbered '0'"),
        ["a row numbered by no number"] = (() => Build([("Sheet1", SheetXml([Texts("home", "partner")]).Replace("r=\"1\"", "r=\"one\"", StringComparison.Ordinal))]).ToArray(), "row numbered 'one'"),
        ["a cell referenced by no column"] = (() => Build([("Sheet1", SheetXml([[At("12", Text("home"))]]))]).ToArray(), "referenced '12'"),
        ["a cell referenced past three letters"] = (() => Build([("Sheet1", SheetXml([[At("ABCD1", Text("home"))]]))]).ToArray(), "referenced 'ABCD1'"),
    };

    public static TheoryData<string> NotWorkbooks => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Bytes_that_are_not_a_readable_workbook_are_refused_as_not_a_workbook_saying_why_with_nothing_added(string what)
    {
        var (bytes, says) = Cases[what];
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, new MemoryStream(bytes()));

        var refusal = import.Should().Throw<WorkbookRefusedException>(what).Which;
        refusal.Reason.Should().Be(WorkbookRefusal.NotAWorkbook);
        refusal.Message.Should().Contain(says ?? "not a readable Excel workbook");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void The_public_constructors_refuse_as_not_a_workbook_with_a_message()
    {
        new WorkbookRefusedException().Should().Match<WorkbookRefusedException>(e => e.Reason == WorkbookRefusal.NotAWorkbook && e.Message.Length > 0);
        new WorkbookRefusedException("broken").Should().Match<WorkbookRefusedException>(e => e.Reason == WorkbookRefusal.NotAWorkbook && e.Sheet == null && e.Row == null);
        var cause = new InvalidDataException();
        new WorkbookRefusedException("broken", cause).Should().Match<WorkbookRefusedException>(e => e.Reason == WorkbookRefusal.NotAWorkbook && e.InnerException == cause && e.Message == "broken");
    }

    private static MemoryStream Valid() => Sheet(Texts("home", "partner"), Texts("KR-41", "CN-SH"));

    /// <summary>A workbook of one shared string whose second row names the shared string of this index.</summary>
    private static byte[] SharedString(string index) =>
        Build([("Sheet1", SheetXml([Texts("home", "partner"), [Text("KR-41"), $"""<c t="s"><v>{index}</v></c>"""]]))], "<si><t>x</t></si>").ToArray();

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
