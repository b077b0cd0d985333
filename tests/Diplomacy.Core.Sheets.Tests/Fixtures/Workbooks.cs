using System.IO.Compression;
using System.Security;
using System.Text;

namespace Diplomacy.Core.Sheets.Tests.Fixtures;

/// <summary>
/// Workbooks built in memory, part by part, so that a test controls the very XML a registrar's Excel would have
/// written (shared strings, date formats, a 1904 workbook) or a hostile one (a zip bomb, a far column, a broken part).
/// </summary>
internal static class Workbooks
{
    /// <summary>The styles of the built workbooks: cell format 1 is Excel's built-in short date (14), 2 a custom <c>yyyy"년" m"월" d"일"</c>, 3 a time of day (<c>h:mm</c>), 4 a plain number with two decimals.</summary>
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" +
        """<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot;"/><numFmt numFmtId="165" formatCode="h:mm"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>""" +
        """<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>""" +
        """<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>""";

    public const int ShortDate = 1;
    public const int KoreanDate = 2;
    public const int TimeOfDay = 3;
    public const int TwoDecimals = 4;

    /// <summary>A workbook of sheets, each given by its name and its rows of cells (see <see cref="Text"/>, <see cref="Number"/>).</summary>
    public static MemoryStream Of(params (string Name, string[][] Rows)[] sheets) =>
        Build(sheets.Select(sheet => (sheet.Name, SheetXml(sheet.Rows))).ToArray());

    /// <summary>A workbook of one sheet, <c>Sheet1</c>, of these rows.</summary>
    public static MemoryStream Sheet(params string[][] rows) => Of(("Sheet1", rows));

    /// <summary>A workbook whose sheets' XML is given whole, with optional shared strings and the 1904 date system.</summary>
    public static MemoryStream Build((string Name, string Xml)[] sheets, string? sharedStrings = null, bool date1904 = false, Action<ZipArchive>? more = null, bool withStyles = true)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            var relations = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            var list = new StringBuilder();
            for (var i = 0; i < sheets.Length; i++)
            {
                var n = i + 1;
                types.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
                relations.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>""");
                list.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<sheet name="{SecurityElement.Escape(sheets[i].Name)}" sheetId="{n}" r:id="rId{n}"/>""");
                Add(zip, $"xl/worksheets/sheet{n}.xml", sheets[i].Xml);
            }

            if (sharedStrings is not null)
            {
                types.Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
                relations.Append("""<Relationship Id="rStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
                Add(zip, "xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + sharedStrings + "</sst>");
            }

            if (withStyles)
            {
                types.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
                relations.Append("""<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
                Add(zip, "xl/styles.xml", Styles);
            }

            Add(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/_rels/workbook.xml.rels", relations.Append("</Relationships>").ToString());
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{(date1904 ? """<workbookPr date1904="1"/>""" : string.Empty)}<sheets>{list}</sheets></workbook>""");
            more?.Invoke(zip);
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A sheet's XML from rows of cell XML (one row element a row, numbered from 1).</summary>
    public static string SheetXml(string[][] rows) =>
        """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" +
        string.Concat(rows.Select((cells, i) => $"""<row r="{i + 1}">{string.Concat(cells)}</row>""")) +
        "</sheetData></worksheet>";

    /// <summary>A text cell (an inline string); its column follows the previous cell.</summary>
    public static string Text(string text) => $"""<c t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A number cell in a cell format (0: General).</summary>
    public static string Number(string value, int style = 0) => $"""<c s="{style}"><v>{value}</v></c>""";

    /// <summary>A cell placed at a reference (<c>C2</c>) with its content.</summary>
    public static string At(string reference, string cell) => cell.Replace("<c ", $"<c r=\"{reference}\" ", StringComparison.Ordinal);

    /// <summary>A row of text cells.</summary>
    public static string[] Texts(params string[] texts) => [.. texts.Select(Text)];

    /// <summary>A copy of a workbook with one part's text edited, as a broken or unusual writer would have left it.</summary>
    public static MemoryStream Edited(MemoryStream workbook, string part, Func<string, string> edit)
    {
        var copy = new MemoryStream();
        copy.Write(workbook.ToArray());
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            Add(zip, part, edit(xml));
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>A copy of a workbook with one text replaced in one part.</summary>
    public static MemoryStream Edited(MemoryStream workbook, string part, string text, string replacement) =>
        Edited(workbook, part, xml => xml.Replace(text, replacement, StringComparison.Ordinal));

    public static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
