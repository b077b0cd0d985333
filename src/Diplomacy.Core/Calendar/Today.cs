using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Calendar;

/// <summary>
/// The one place the library turns "now" into a date: the observer's calendar date in the observer's zone.
/// Every rule takes a <see cref="LocalDate"/>; ask this for the date to pass.
/// </summary>
/// <remarks>
/// The library never reads a clock of its own: pass <c>SystemClock.Instance</c> from the host app, or a fake
/// clock in tests. The same instant is a different day in different zones: 16:30 UTC on 25 September 2025 is
/// already 26 September in Shanghai and Seoul. Stateless and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var today = Today.For(SystemClock.Instance, gyeonggi);  // the date in Asia/Seoul
/// var status = mou.StatusOn(today);
/// </code>
/// </example>
public static class Today
{
    /// <summary>The observer's date now, in the given zone.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <param name="zone">The observer's zone.</param>
    /// <returns>The calendar date the clock's instant falls on in that zone.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalDate In(IClock clock, DateTimeZone zone)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    /// <summary>The date now for an observer in a region: the date in the region's zone.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <param name="observer">The region whose office asks (its zone decides the day).</param>
    /// <returns>The calendar date the clock's instant falls on in the region's zone.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalDate For(IClock clock, Region observer)
    {
        Guard.Against.Null(observer);
        return In(clock, observer.TimeZone);
    }
}
