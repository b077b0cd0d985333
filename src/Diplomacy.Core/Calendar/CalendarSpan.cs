using NodaTime;

namespace Diplomacy.Core.Calendar;

/// <summary>A date moved by a period where the move may carry past either end of the calendar.</summary>
internal static class CalendarSpan
{
    /// <summary>The date a period after a day, or null when it would fall past the calendar's last day.</summary>
    public static LocalDate? After(LocalDate day, Period period)
    {
        try
        {
            return day.Plus(period);
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The date a period before a day, or null when it would fall before the calendar's first day.</summary>
    public static LocalDate? Before(LocalDate day, Period period)
    {
        try
        {
            return day.Minus(period);
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
