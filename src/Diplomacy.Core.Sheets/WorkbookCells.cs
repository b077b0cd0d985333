using System.Globalization;
using System.Text;
using System.Xml;
using NodaTime.Text;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// What a cell of a sheet holds, as text the register sheet's rules read: a string as written (shared, inline or a
/// formula's), a number as its stored digits, a number with a date format as its day, a truth value as TRUE or FALSE.
/// </summary>
internal sealed class WorkbookCells(string[] sharedStrings, bool[] dateStyles, bool date1904)
{
    /// <summary>The text of the cell the reader is on; the reader is left on the cell's last node.</summary>
    public string Text(XmlReader xml, string sheet, int line)
    {
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s");
        string? value = null;
        string? inline = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    switch (xml.LocalName)
                    {
                        case "v":
                            value = xml.ReadElementContentAsString();
                            continue;
                        case "is":
                            inline = RichText(xml);
                            break;
                        default:
                            break;
                    }
                }

                xml.Read();
            }
        }

        // An error (t="e", #N/A) falls to the last arm: it is no number, so it stays as written whatever its format.
        return type switch
        {
            "inlineStr" => inline ?? string.Empty,
            _ when value is null => string.Empty,
            "s" => Shared(value, sheet, line),
            "b" => value.Trim() == "1" ? "TRUE" : "FALSE",
            "d" => IsoDay(value),
            "str" => value,
            _ => IsDate(style) && ExcelDates.FromSerial(value, date1904) is { } day ? LocalDatePattern.Iso.Format(day) : value,
        };
    }

    /// <summary>
    /// The text of a string item (<c>si</c>) or inline string (<c>is</c>) the reader is on: its runs joined, without the
    /// phonetic guides (<c>rPh</c>, furigana) Japanese Excel stores beside them. The reader is left on its last node.
    /// </summary>
    public static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                continue;
            }

            xml.Read();
        }

        return text.ToString();
    }

    private string Shared(string value, string sheet, int line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
            ? sharedStrings[index]
            : throw new WorkbookRefusedException(
                WorkbookRefusal.NotAWorkbook,
                $"A cell of row {line} of the sheet '{sheet}' names shared string '{value}'; the workbook holds {sharedStrings.Length}.",
                sheet,
                line);

    private bool IsDate(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < dateStyles.Length && dateStyles[index];

    /// <summary>A cell stored as an ISO 8601 date and time (<c>t="d"</c>) is its day; text that is not one stays as written.</summary>
    private static string IsoDay(string value)
    {
        var day = value.Split('T')[0];
        return LocalDatePattern.Iso.Parse(day).Success ? day : value;
    }
}
