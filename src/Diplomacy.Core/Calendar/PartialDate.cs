using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Calendar;

/// <summary>
/// A calendar date known fully or only in part: an exact day, a month, a year, a bound ("on or before",
/// "on or after"), a range of possible days, or nothing at all.
/// </summary>
/// <remarks>
/// <para>
/// Every partial date is the set of days it may be, from <see cref="Earliest"/> to <see cref="Latest"/>,
/// both <b>inclusive</b>; a missing bound means the set is open on that side. A question about a day is
/// answered only when every possible day gives the same answer: <see cref="IsCertainlyOnOrBefore"/> and
/// <see cref="IsCertainlyAfter"/> are both false when the day falls inside the uncertainty. The library
/// never guesses a day inside it.
/// </para>
/// <para>
/// Dates are in the ISO calendar, as written where the fact happened. Equality is by value: the same
/// precision and the same bounds. <c>default(PartialDate)</c> is <see cref="Unknown"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var tianjin = PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)); // before Chongqing's MOU, day unknown
/// tianjin.IsCertainlyOnOrBefore(new LocalDate(2025, 9, 26));         // true
/// PartialDate.InMonth(2025, 11).IsCertainlyOnOrBefore(new LocalDate(2025, 11, 15)); // false: uncertain
/// </code>
/// </example>
public readonly record struct PartialDate
{
    private PartialDate(DatePrecision precision, LocalDate? earliest, LocalDate? latest)
    {
        Precision = precision;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>A date of which nothing is known.</summary>
    public static PartialDate Unknown => default;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date may be (inclusive), or null when it has no lower bound.</summary>
    public LocalDate? Earliest { get; }

    /// <summary>The last day the date may be (inclusive), or null when it has no upper bound.</summary>
    public LocalDate? Latest { get; }

    /// <summary>Whether the exact day is known.</summary>
    [MemberNotNullWhen(true, nameof(Exact), nameof(Earliest), nameof(Latest))]
    public bool IsExact => Precision == DatePrecision.Day;

    /// <summary>The day, when it is known exactly; otherwise null.</summary>
    public LocalDate? Exact => IsExact ? Earliest : null;

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <returns>The exact date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static PartialDate On(LocalDate date) => new(DatePrecision.Day, Iso(date), date);

    /// <summary>A date known only to the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The date, from the first to the last day of the month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate InMonth(int year, int month)
    {
        Guard.Against.OutOfRange(year, nameof(year), -9998, 9999);
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        var yearMonth = new YearMonth(year, month);
        return new(DatePrecision.Month, yearMonth.OnDayOfMonth(1), yearMonth.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(year, month)));
    }

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date, from 1 January to 31 December of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate InYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), -9998, 9999);
        return new(DatePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>
    /// A date known only to be on or before a day (Wikidata's "latest date"). Also the way to record an undated tie
    /// known to exist as of a day (a list scraped that day, a register's publication): sign it on or before that day,
    /// and it is in force on that day and uncertain (not yet signed, or in force) before it.
    /// </summary>
    /// <param name="latest">The last day it may be.</param>
    /// <returns>The bounded date.</returns>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is not in the ISO calendar.</exception>
    public static PartialDate OnOrBefore(LocalDate latest) => new(DatePrecision.OnOrBefore, null, Iso(latest));

    /// <summary>A date known only to be on or after a day (Wikidata's "earliest date").</summary>
    /// <param name="earliest">The first day it may be.</param>
    /// <returns>The bounded date.</returns>
    /// <exception cref="ArgumentException"><paramref name="earliest"/> is not in the ISO calendar.</exception>
    public static PartialDate OnOrAfter(LocalDate earliest) => new(DatePrecision.OnOrAfter, Iso(earliest), null);

    /// <summary>A date known to lie between two days, both inclusive. Equal days give an exact date.</summary>
    /// <param name="earliest">The first day it may be.</param>
    /// <param name="latest">The last day it may be.</param>
    /// <returns>The bounded date.</returns>
    /// <exception cref="ArgumentException">A day is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public static PartialDate Between(LocalDate earliest, LocalDate latest)
    {
        Iso(earliest);
        Iso(latest);
        if (latest < earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(latest), latest, $"The latest day {latest:uuuu-MM-dd} is before the earliest day {earliest:uuuu-MM-dd}.");
        }

        return latest == earliest ? On(earliest) : new(DatePrecision.Between, earliest, latest);
    }

    /// <summary>
    /// Parses the forms registers write: <c>2025-09-23</c>, <c>2025-09</c>, <c>2025</c>, <c>..2025-09-22</c>
    /// (on or before), <c>2025-09-22..</c> (on or after), <c>2025-01-01..2025-06-30</c> (between), and
    /// <c>unknown</c> or <c>..</c>. These are also the forms <see cref="ToString"/> writes.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="text"/> is in none of these forms, or names a year the ISO calendar does not hold (before -9998).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="text"/> is a range whose latest day is before its earliest (<c>2025-06-30..2025-01-01</c>).
    /// </exception>
    public static PartialDate Parse(string text)
    {
        Guard.Against.Null(text);
        var trimmed = text.Trim();
        if (trimmed is "unknown" or "..")
        {
            return Unknown;
        }

        var range = trimmed.Split("..");
        if (range.Length == 2)
        {
            return (range[0].Length, range[1].Length) switch
            {
                (0, _) => OnOrBefore(ParseDay(range[1], text)),
                (_, 0) => OnOrAfter(ParseDay(range[0], text)),
                _ => BetweenIn(text, ParseDay(range[0], text), ParseDay(range[1], text)),
            };
        }

        if (range.Length == 1)
        {
            if (LocalDatePattern.Iso.Parse(trimmed) is { Success: true } day)
            {
                return On(day.Value);
            }

            if (YearMonthPattern.Iso.Parse(trimmed) is { Success: true } month)
            {
                return InMonth(month.Value.Year, month.Value.Month);
            }

            if (TryParseYear(trimmed, out var year))
            {
                return InYear(year);
            }
        }

        throw Malformed(text);
    }

    /// <summary>
    /// Whether every day this date may be is on or before <paramref name="date"/>: true for an exact date on or
    /// before it, false when any possible day is after it (including when the date is unknown).
    /// </summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True only when certain.</returns>
    public bool IsCertainlyOnOrBefore(LocalDate date) => Precision != DatePrecision.Unknown && Latest is { } latest && latest <= date;

    /// <summary>
    /// Whether every day this date may be is after <paramref name="date"/>: true for an exact date after it,
    /// false when any possible day is on or before it (including when the date is unknown).
    /// </summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True only when certain.</returns>
    public bool IsCertainlyAfter(LocalDate date) => Precision != DatePrecision.Unknown && Earliest is { } earliest && earliest > date;

    /// <summary>Whether <paramref name="date"/> is one of the days this date may be: inside both bounds (inclusive); any day for an unknown date.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when the day cannot be ruled out.</returns>
    public bool MayBe(LocalDate date) => (Earliest is not { } earliest || earliest <= date) && (Latest is not { } latest || date <= latest);

    /// <summary>Whether every day this date may be comes before every day <paramref name="other"/> may be.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True only when certain.</returns>
    public bool IsCertainlyBefore(PartialDate other) =>
        // Compared with the other's first day itself, not the day before it: the calendar's first day has none.
        other.Earliest is { } start && Precision != DatePrecision.Unknown && Latest is { } latest && latest < start;

    /// <summary>The register form of the date, the one <see cref="Parse"/> reads: <c>2025-09-23</c>, <c>2025-09</c>, <c>..2025-09-22</c>, <c>unknown</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Day(Earliest),
        DatePrecision.Month => Earliest!.Value.ToYearMonth().ToString("uuuu-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Earliest!.Value.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.OnOrBefore => ".." + Day(Latest),
        DatePrecision.OnOrAfter => Day(Earliest) + "..",
        DatePrecision.Between => Day(Earliest) + ".." + Day(Latest),
        _ => "unknown",
    };

    /// <summary>An exact date.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator PartialDate(LocalDate date) => On(date);

    /// <summary>An exact date; the same as <see cref="On(LocalDate)"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The exact date.</returns>
    public static PartialDate FromLocalDate(LocalDate date) => On(date);

    // Four digits, with a minus sign before years earlier than year 0, the way ToString writes them.
    private static bool TryParseYear(string text, out int year)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            year = negative ? -year : year;
            return year >= CalendarSystem.Iso.MinYear;
        }

        year = 0;
        return false;
    }

    // A reversed range in text is the text's fault: the refusal names the caller's argument, not Between's 'latest'.
    private static PartialDate BetweenIn(string text, LocalDate earliest, LocalDate latest) => latest < earliest
        ? throw new ArgumentOutOfRangeException(nameof(text), text, $"'{text}' is not a partial date: its latest day comes before its earliest.")
        : Between(earliest, latest);

    private static string Day(LocalDate? date) => LocalDatePattern.Iso.Format(date!.Value);

    private static LocalDate ParseDay(string part, string text) =>
        LocalDatePattern.Iso.Parse(part) is { Success: true } day ? day.Value : throw Malformed(text);

    private static ArgumentException Malformed(string text) =>
        new($"'{text}' is not a partial date: write 2025-09-23, 2025-09, 2025, ..2025-09-22, 2025-09-22.., 2025-01-01..2025-06-30 or unknown.", nameof(text));

    private static LocalDate Iso(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? name = null) =>
        date.Calendar == CalendarSystem.Iso ? date : throw new ArgumentException($"The date {date} is not in the ISO calendar.", name);
}
