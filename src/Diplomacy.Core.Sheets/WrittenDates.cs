using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.Core.Calendar;
using NodaTime;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The dates registers write beyond the core's ISO forms: dotted and slashed numbers, Korean, Chinese and Japanese
/// year-month-day words, Japanese era years, English month names, decades, and (in the order the caller names)
/// day-first or month-first numbers. Full-width digits and era ligatures are read as their plain forms (NFKC).
/// </summary>
internal static class WrittenDates
{
    /// <summary>The forms, as the refusal of an unreadable date lists them.</summary>
    public const string Forms =
        "2025-09-23, 2025-09, 2025, ..2025-09-22, 2025-01-01..2025-06-30, 2025.9.23, 2025. 9. 23., 2025.09, 2025/9/23, " +
        "2025년 9월 23일, 2025년 9월, 2025년, 2025年9月23日, 2025年9月, 2025年, 令和7年9月23日, 令和元年, 23 September 2025, September 23, 2025, " +
        "September 2025, 1990s, 1990년대, 1990年代, and 23.09.2025 or 09/23/2025 in the order named by SheetImportOptions.NumericDateOrder";

    // Patterns are built at run time rather than by the source generator: mutation testing compiles without generators.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Lazy<Dictionary<string, (int Era, int FirstYear)>> JapaneseEras = new(ReadJapaneseEras);

    /// <summary>The date a cell writes, or <see langword="null"/> when it is in no form known.</summary>
    /// <exception cref="FormatException">The text is in a known form but names no day of the calendar (<c>2019.02.30</c>).</exception>
    public static PartialDate? Read(string written, NumericDateOrder order)
    {
        // Normalization refuses a lone surrogate and the noncharacters U+FFFE and U+FFFF (a cell read as UTF-16 from a
        // stray byte order mark holds them); no form writes either, nor anything beyond the Basic Multilingual Plane.
        if (written.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || written.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            return null;
        }

        var text = written.Normalize(NormalizationForm.FormKC).Trim();
        if (MayBeCoreForm(text))
        {
            try
            {
                return PartialDate.Parse(text);
            }
            catch (ArgumentException)
            {
                // Not an ISO form: one of the local forms below, or none.
            }
        }

        if (YearMonthDayForm.Match(text) is { Success: true } ymd)
        {
            return ymd.Groups["month"].Success ? Day(Number(ymd, "year"), Number(ymd, "month"), ymd.Groups["day"]) : PartialDate.InYear(Number(ymd, "year"));
        }

        if (EraYearForm.Match(text) is { Success: true } era)
        {
            return InEra(era);
        }

        if (EnglishDayFirstForm.Match(text) is { Success: true } dayFirst && MonthNumber(dayFirst.Groups["month"].Value) is { } month)
        {
            return Day(Number(dayFirst, "year"), month, dayFirst.Groups["day"]);
        }

        if (EnglishMonthFirstForm.Match(text) is { Success: true } monthFirst && MonthNumber(monthFirst.Groups["month"].Value) is { } named)
        {
            return Day(Number(monthFirst, "year"), named, monthFirst.Groups["day"]);
        }

        if (DecadeForm.Match(text) is { Success: true } decade)
        {
            var first = Number(decade, "decade") * 10;
            return PartialDate.Between(new LocalDate(first, 1, 1), new LocalDate(first + 9, 12, 31));
        }

        if (YearLastForm.Match(text) is { Success: true } yearLast)
        {
            return order switch
            {
                NumericDateOrder.DayMonthYear => Day(Number(yearLast, "year"), Number(yearLast, "second"), yearLast.Groups["first"]),
                NumericDateOrder.MonthDayYear => Day(Number(yearLast, "year"), Number(yearLast, "first"), yearLast.Groups["second"]),
                _ => throw new FormatException(
                    $"'{written}' puts the year last, and the day and month could be either way round: name their order in SheetImportOptions.NumericDateOrder."),
            };
        }

        return null;
    }

    /// <summary>
    /// Whether the text may be one of the core's forms (<see cref="PartialDate.Parse"/>): those are written in ASCII digits,
    /// hyphens and dots, or are the word <c>unknown</c>. Text with any other character (a space, a letter, 년 or 年) is
    /// none of them, and is spared the core's refusal, an exception, before the local forms are tried.
    /// </summary>
    internal static bool MayBeCoreForm(string text) => text == "unknown" || !text.AsSpan().ContainsAnyExcept(CoreFormCharacters);

    private static readonly SearchValues<char> CoreFormCharacters = SearchValues.Create("0123456789-.");

    private static PartialDate Day(int year, int month, Group day)
    {
        if (month is < 1 or > 12)
        {
            throw new FormatException($"{month} is not a month.");
        }

        if (!day.Success)
        {
            return PartialDate.InMonth(year, month);
        }

        var dayOfMonth = int.Parse(day.ValueSpan, CultureInfo.InvariantCulture);
        return dayOfMonth >= 1 && dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? PartialDate.On(new LocalDate(year, month, dayOfMonth))
            : throw new FormatException($"{year:D4}-{month:D2} has no day {dayOfMonth}.");
    }

    /// <summary>
    /// A Japanese era date (<c>平成9年4月1日</c>, <c>令和元年</c>): the era's first year is <c>元年</c> or 1; a day must fall
    /// within the era. A year or month alone is taken as the Gregorian year or month it falls in.
    /// </summary>
    private static PartialDate InEra(Match match)
    {
        if (!JapaneseEras.Value.TryGetValue(match.Groups["era"].Value, out var era))
        {
            throw new FormatException($"'{match.Groups["era"].Value}' is not a Japanese era.");
        }

        var eraYear = match.Groups["year"].Value == "元" ? 1 : Number(match, "year");
        var year = era.FirstYear + eraYear - 1;
        var date = match.Groups["month"].Success ? Day(year, Number(match, "month"), match.Groups["day"]) : PartialDate.InYear(year);

        // A year, month or day of an era is one the era holds at least in part: 平成元年1月 (from 8 January 1989) is, 平成元年1月7日 is not.
        if (eraYear < 1 || (EraOf(date.Earliest!.Value) != era.Era && EraOf(date.Latest!.Value) != era.Era))
        {
            throw new FormatException($"'{match.Value}' is not a date of the era {match.Groups["era"].Value}.");
        }

        return date;
    }

    private static int EraOf(LocalDate date) => JapaneseCalendar.GetEra(date.ToDateTimeUnspecified());

    private static readonly JapaneseCalendar JapaneseCalendar = new();

    private static Dictionary<string, (int Era, int FirstYear)> ReadJapaneseEras()
    {
        var format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = JapaneseCalendar;
        var eras = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var era in JapaneseCalendar.Eras)
        {
            // The last day of an era's first year is always in it: an era begins within its first year.
            eras[format.GetEraName(era)] = (era, JapaneseCalendar.ToDateTime(1, 12, 31, 0, 0, 0, 0, era).Year);
        }

        return eras;
    }

    private static int? MonthNumber(string name)
    {
        var months = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(name, months.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(name.TrimEnd('.'), months.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    // 2019.11.27, 2019. 11. 27., 2019.11, 2019/11/27, 2019년 11월 27일, 2019년 11월, 2019년, 1997年4月1日, 1997年4月, 1997年.
    private static readonly Regex YearMonthDayForm = new(@"^(?<year>[0-9]{4})(?:\s*\.\s*(?<month>[0-9]{1,2})(?:\s*\.\s*(?<day>[0-9]{1,2}))?\s*\.?|/(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})|\s*년(?:\s*(?<month>[0-9]{1,2})\s*월(?:\s*(?<day>[0-9]{1,2})\s*일)?)?|\s*年(?:\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?)?)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex EraYearForm = new(@"^(?<era>\p{IsCJKUnifiedIdeographs}{2})\s*(?<year>元|[0-9]{1,2})\s*年(?:\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?)?$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex EnglishDayFirstForm = new(@"^(?:(?<day>[0-9]{1,2})\s+)?(?<month>[A-Za-z]{3,9}\.?)\s+(?<year>[0-9]{4})$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex EnglishMonthFirstForm = new(@"^(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>[0-9]{1,2}),\s*(?<year>[0-9]{4})$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex DecadeForm = new(@"^(?<decade>[0-9]{3})0(?:s|'s|\s*년대|\s*年代)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex YearLastForm = new(@"^(?<first>[0-9]{1,2})(?<separator>[./-])(?<second>[0-9]{1,2})\k<separator>(?<year>[0-9]{4})\.?$", RegexOptions.CultureInvariant, Timeout);
}
