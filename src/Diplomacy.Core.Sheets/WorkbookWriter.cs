using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// Writes sheets of cells as an Excel workbook: text as inline strings (no shared-string table to hold in memory), a
/// number as a number, a day as a date (a serial number with the format <c>yyyy-mm-dd</c>), each sheet streamed row by
/// row with the Open XML SDK's writer.
/// </summary>
internal static class WorkbookWriter
{
    private const uint DateStyle = 1;

    public static void Write(Stream stream, IEnumerable<(string Name, IEnumerable<WorkbookCell[]> Rows)> sheets)
    {
        // The package is built in memory: System.IO.Packaging seeks in what it writes, and a caller's stream may not seek.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = new DocumentFormat.OpenXml.Spreadsheet.Sheets();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, rows);
                list.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }

            workbook.Workbook = new Workbook(list);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
        stream.Flush();
    }

    private static void WriteSheet(WorksheetPart part, IEnumerable<WorkbookCell[]> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var line = 0;
        foreach (var cells in rows)
        {
            line++;
            writer.WriteStartElement(new Row { RowIndex = (uint)line });
            for (var column = 0; column < cells.Length; column++)
            {
                var reference = Reference(column, line);
                switch (cells[column])
                {
                    case { Number: { } number, Day: not null }:
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(number) });
                        break;
                    case { Number: { } number }:
                        writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                        break;
                    case { Text: { Length: > 0 } text }:
                        writer.WriteElement(new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                        {
                            CellReference = reference,
                            DataType = CellValues.InlineString,
                        });
                        break;
                    default:
                        break;
                }
            }

            writer.WriteEndElement();
        }

        // Disposing the writer closes what is still open, sheetData and worksheet, as an XmlWriter does.
    }

    /// <summary>A cell's reference: its column's letters (A … Z, AA …) and its row.</summary>
    private static string Reference(int column, int line)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + line.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The least a stylesheet must hold for Excel to open it, and one cell format beside the default: a date as <c>yyyy-mm-dd</c>.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
}
