using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The rows of one sheet of an Excel workbook as the cells the CSV reader gives (<see cref="SheetText.Rows"/>): text
/// as written, a number as its stored digits, a number with a date format as its day (<c>1967-06-27</c>), white space
/// around cells trimmed, blank rows skipped, each row with its number in the sheet.
/// </summary>
/// <remarks>
/// The whole sheet is read, within <see cref="WorkbookLimits"/>, before a row is handed on: a workbook refused at its
/// last row must not have landed its first. The package (relationships, which part is the sheet of a name) is read by
/// the Open XML SDK; the sheet, its shared strings and its styles are read with an <see cref="XmlReader"/> that refuses
/// a DTD, so that neither an entity expansion nor a DOM of the whole sheet is built.
/// </remarks>
internal static class WorkbookReader
{
    public static List<(int Line, string[] Cells)> Rows(Stream stream, string? sheetName, WorkbookLimits limits)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        try
        {
            CheckUnpackedSize(bytes, limits);

            // Opened for reading only, over a view of the bytes from their start: the SDK saves nothing back when disposed.
            using var package = Package.Open(new MemoryStream(bytes.GetBuffer(), 0, (int)bytes.Length), FileMode.Open, FileAccess.Read);
            using var document = SpreadsheetDocument.Open(package);
            var workbook = document.WorkbookPart ?? throw NotAWorkbook("it has no workbook part");
            var (name, sheet) = FindSheet(workbook, sheetName);
            var cells = new WorkbookCells(
                SharedStrings(workbook.SharedStringTablePart),
                ExcelDates.DateStyles(workbook.WorkbookStylesPart is { } styles ? Xml(styles.GetStream()) : null),
                workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true);
            using var xml = Xml(sheet.GetStream());
            return ReadSheet(xml, name, cells, limits);
        }

        // What broken workbooks were seen to throw: a zip that does not inflate (InvalidDataException), a package whose
        // content types or relationships are broken (OpenXmlPackageException, FileFormatException, ArgumentException, a
        // relationship to a missing part's InvalidOperationException), a part that is not XML or holds a DTD
        // (XmlException), an attribute the Open XML SDK cannot parse (FormatException).
        catch (Exception broken) when (broken is InvalidDataException or OpenXmlPackageException or XmlException or InvalidOperationException
            or ArgumentException or (FormatException and not WorkbookRefusedException))
        {
            throw new WorkbookRefusedException(WorkbookRefusal.NotAWorkbook, $"The bytes are not a readable Excel workbook (.xlsx): {broken.Message}", innerException: broken);
        }
    }

    /// <summary>Inflates every part once, counting what comes out: a zip file's declared sizes are the attacker's to write.</summary>
    private static void CheckUnpackedSize(MemoryStream bytes, WorkbookLimits limits)
    {
        bytes.Position = 0;
        long total = 0;
        var buffer = new byte[81920];
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            using var part = entry.Open();
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limits.MaxUnpackedBytes)
                {
                    throw new WorkbookRefusedException(
                        WorkbookRefusal.UnpackedSizeLimit,
                        $"The workbook unpacks to more than {limits.MaxUnpackedBytes} bytes (WorkbookLimits.MaxUnpackedBytes), passed in its part '{entry.FullName}'.");
                }
            }
        }
    }

    private static (string Name, WorksheetPart Part) FindSheet(WorkbookPart workbook, string? wanted)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (wanted is not null && !string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                return (name, worksheet);
            }

            if (wanted is not null)
            {
                throw new WorkbookRefusedException(WorkbookRefusal.SheetNotFound, $"The workbook's sheet '{name}' is not a worksheet of cells (a chart sheet, or a broken link).", name);
            }
        }

        throw wanted is null
            ? NotAWorkbook("it has no worksheet")
            : new WorkbookRefusedException(
                WorkbookRefusal.SheetNotFound,
                $"The workbook has no sheet named '{wanted}'; its sheets are: {string.Join(", ", sheets.Select(sheet => $"'{sheet.Name?.Value}'"))}.",
                wanted);
    }

    private static List<(int Line, string[] Cells)> ReadSheet(XmlReader xml, string sheet, WorkbookCells cells, WorkbookLimits limits)
    {
        var rows = new List<(int Line, string[] Cells)>();
        var rowsRead = 0;
        var line = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            line = xml.GetAttribute("r") is { } number ? RowNumber(number, sheet) : line + 1;
            if (++rowsRead > limits.MaxRows)
            {
                throw new WorkbookRefusedException(
                    WorkbookRefusal.RowLimit, $"The sheet '{sheet}' holds more than {limits.MaxRows} rows (WorkbookLimits.MaxRows), passed at row {line}.", sheet, line);
            }

            // Excel stores no empty cell, so a row whose last cells are empty is narrower than the header: it is read as
            // the header's width, as the CSV text of the same sheet would be.
            if (ReadRow(xml, sheet, line, cells, limits, rows.Count == 0 ? 0 : rows[0].Cells.Length) is { } row)
            {
                rows.Add((line, row));
            }
        }

        return rows;
    }

    private static string[]? ReadRow(XmlReader xml, string sheet, int line, WorkbookCells cells, WorkbookLimits limits, int headerWidth)
    {
        var values = new List<(int Column, string Text)>();
        if (xml.IsEmptyElement)
        {
            return null;
        }

        var column = -1;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            column = xml.GetAttribute("r") is { } reference ? ColumnOf(reference, sheet, line) : column + 1;
            if (column >= limits.MaxCellsPerRow)
            {
                throw new WorkbookRefusedException(
                    WorkbookRefusal.CellsPerRowLimit,
                    $"Row {line} of the sheet '{sheet}' spans more than {limits.MaxCellsPerRow} cells (WorkbookLimits.MaxCellsPerRow): it has a cell in column {column + 1}.",
                    sheet,
                    line);
            }

            var text = cells.Text(xml, sheet, line);
            if (text.Length > limits.MaxCellLength)
            {
                throw new WorkbookRefusedException(
                    WorkbookRefusal.CellLengthLimit,
                    $"A cell of row {line}, column {column + 1} of the sheet '{sheet}' holds {text.Length} characters, more than {limits.MaxCellLength} (WorkbookLimits.MaxCellLength).",
                    sheet,
                    line);
            }

            values.Add((column, text.Trim()));
        }

        var width = values.Count == 0 ? 0 : values.Max(value => value.Column) + 1;
        var row = new string[Math.Max(width, headerWidth)];
        Array.Fill(row, string.Empty);
        foreach (var (at, text) in values)
        {
            row[at] = text;
        }

        return Array.TrueForAll(row, string.IsNullOrWhiteSpace) ? null : row;
    }

    private static int RowNumber(string text, string sheet) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw new WorkbookRefusedException(WorkbookRefusal.NotAWorkbook, $"The sheet '{sheet}' has a row numbered '{text}', which is not a row number.", sheet);

    /// <summary>The column of a cell reference (<c>C7</c> is 2): its letters, counted from A as 0.</summary>
    private static int ColumnOf(string reference, string sheet, int line)
    {
        var column = 0;
        var letters = 0;
        foreach (var letter in reference)
        {
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            // Three letters reach XFD, Excel's last column; more would overflow for nothing.
            column = (column * 26) + (letter - 'A' + 1);
            if (++letters > 3)
            {
                break;
            }
        }

        return letters is >= 1 and <= 3
            ? column - 1
            : throw new WorkbookRefusedException(WorkbookRefusal.NotAWorkbook, $"Row {line} of the sheet '{sheet}' has a cell referenced '{reference}', which names no column.", sheet, line);
    }

    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var xml = Xml(part.GetStream());
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(WorkbookCells.RichText(xml));
            }
        }

        return [.. strings];
    }

    /// <summary>A reader of a part with the default settings, which refuse a DTD (<see cref="DtdProcessing.Prohibit"/>) and so resolve no entity.</summary>
    internal static XmlReader Xml(Stream part) => XmlReader.Create(part);

    private static WorkbookRefusedException NotAWorkbook(string why) =>
        new(WorkbookRefusal.NotAWorkbook, $"The bytes are not an Excel workbook (.xlsx): {why}.");
}
