using NodaTime;
using System.Globalization;
using System.Xml;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// Excel's dates: a number of days since the workbook's epoch, shown as a date by its cell's number format. The
/// 1900 system counts 1 for 1 January 1900 and holds a 29 February 1900 that never was (serial 60, Lotus 1-2-3's
/// error, kept by Excel); the 1904 system counts 0 for 1 January 1904.
/// </summary>
internal static class ExcelDates
{
    /// <summary>The last serial Excel shows as a date: 31 December 9999 in the 1900 system.</summary>
    private const int LastSerial1900 = 2_958_465;

    /// <summary>The days from the 1900 system's day 0 (30 December 1899, once past the false leap day) to 1 January 1904.</summary>
    private const int Epoch1904 = 1_462;

    private static readonly LocalDate Before1900 = new(1899, 12, 31);
    private static readonly LocalDate Day0 = new(1899, 12, 30);
    private static readonly LocalDate First1904 = new(1904, 1, 1);

    /// <summary>
    /// The built-in number formats that show a date: 14–17 and 22 in every language, and the East Asian formats
    /// Korean, Japanese and Chinese Excel write (27–31, 34–36, 50–54, 57, 58); 32, 33, 55 and 56 show a time in some
    /// of those languages and are left as numbers.
    /// </summary>
    private static readonly HashSet<int> BuiltInDates = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58];

    /// <summary>The day a serial number shows, its time of day dropped; null for a number no day of the ISO calendar is (0, 60 in the 1900 system, negative, past 9999).</summary>
    public static LocalDate? FromSerial(string value, bool date1904)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || !double.IsFinite(serial) || serial < 0)
        {
            return null;
        }

        var day = Math.Floor(serial);
        if (date1904)
        {
            return day <= LastSerial1900 - Epoch1904 ? First1904.PlusDays((int)day) : null;
        }

        // 60 is taken by the first arm, so the second holds 1 to 59: written "< 61" so that its bound is a day a test reads.
        return day switch
        {
            0 or 60 or > LastSerial1900 => null,
            < 61 => Before1900.PlusDays((int)day),
            _ => Day0.PlusDays((int)day),
        };
    }

    /// <summary>The serial number of a day, or null for a day before 1 January 1900, which Excel cannot show as a date.</summary>
    public static double? ToSerial(LocalDate day)
    {
        var days = Period.DaysBetween(Day0, day);
        return days switch
        {
            < 2 => null,
            // 1 January to 28 February 1900 come before the false 29 February, one less than the days since day 0.
            < 61 => days - 1,
            _ => days,
        };
    }

    /// <summary>For each cell format of a styles part (its <c>cellXfs</c>, in order), whether it shows a number as a date.</summary>
    public static bool[] DateStyles(XmlReader? styles)
    {
        if (styles is null)
        {
            return [];
        }

        using (styles)
        {
            var custom = new Dictionary<int, bool>();
            var formats = new List<bool>();
            while (styles.Read())
            {
                if (styles.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (styles.LocalName)
                {
                    case "numFmt" when Id(styles) is { } id:
                        custom[id] = IsDateFormat(styles.GetAttribute("formatCode") ?? string.Empty);
                        break;
                    case "cellXfs":
                        // Only the cell formats' xf count: cellStyleXfs holds xf elements too, which no cell names.
                        using (var cellFormats = styles.ReadSubtree())
                        {
                            while (cellFormats.Read())
                            {
                                if (cellFormats.NodeType == XmlNodeType.Element && cellFormats.LocalName == "xf")
                                {
                                    formats.Add(Id(cellFormats) is { } format && (BuiltInDates.Contains(format) || custom.GetValueOrDefault(format)));
                                }
                            }
                        }

                        break;
                    default:
                        break;
                }
            }

            return [.. formats];
        }

        static int? Id(XmlReader styles) =>
            int.TryParse(styles.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>
    /// Whether a format code shows a date: it has a day, a year or an era (<c>d</c>, <c>y</c>, <c>g</c>) outside quoted
    /// text, escaped characters and brackets (a colour, a locale, an elapsed time). A format of hours and minutes only is
    /// a time, read as a number.
    /// </summary>
    public static bool IsDateFormat(string code)
    {
        var plain = code.Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);
        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracketed)
            {
                bracketed = c != ']';
            }
            else if (c is '\\' or '_' or '*')
            {
                // The next character is shown as itself (\), or stands for a width (_) or a fill (*).
                i++;
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                bracketed = true;
            }
            else if (char.ToUpperInvariant(c) is 'D' or 'Y' or 'G')
            {
                return true;
            }
        }

        return false;
    }
}
