using System.Globalization;
using Diplomacy.Core.Calendar;
using NodaTime;

namespace Diplomacy.Core.Interchange.Wikidata;

/// <summary>
/// A partial date as a QuickStatements time value (<c>+1967-06-27T00:00:00Z/11</c>) at the precision its possible days
/// allow: a day (11) when it is one day, a month (10) when they lie in one month, a year (9) in one year, a decade (8)
/// in one decade; nothing when they do not, or when a bound is open. Never a day or month it does not know.
/// </summary>
internal static class WikidataTime
{
    public static string? Of(PartialDate date) =>
        date is { Earliest: { } earliest, Latest: { } latest } ? Of(earliest, latest) : null;

    public static string? Of(LocalDate earliest, LocalDate latest)
    {
        if (earliest == latest)
        {
            return Value(earliest.Year, earliest.Month, earliest.Day, 11);
        }

        if (earliest.Year == latest.Year)
        {
            return earliest.Month == latest.Month ? Value(earliest.Year, earliest.Month, 0, 10) : Value(earliest.Year, 0, 0, 9);
        }

        var decade = Decade(earliest.Year);
        return decade == Decade(latest.Year) ? Value(decade, 0, 0, 8) : null;
    }

    private static int Decade(int year) => (int)Math.Floor(year / 10.0) * 10;

    /// <summary>Wikidata counts years as historians do, with no year 0: the ISO year 0 is 1 BCE, written <c>-0001</c>.</summary>
    private static string Value(int isoYear, int month, int day, int precision)
    {
        var (sign, year) = isoYear > 0 ? ('+', isoYear) : ('-', 1 - isoYear);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{year:0000}-{month:00}-{day:00}T00:00:00Z/{precision}");
    }
}
