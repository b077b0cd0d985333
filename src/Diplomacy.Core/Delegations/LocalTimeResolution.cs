using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// How a delegation reads a wall-clock time written for a place: in the place's zone, refusing a time the
/// clocks skipped, and taking the earlier of two instants when the clocks went back.
/// </summary>
/// <remarks>
/// The earlier instant is NodaTime's lenient choice and how people read "01:30" on the night the clocks go
/// back: the first time the clock shows it. A skipped time is refused rather than shifted, because a
/// register that writes a time that never happened has a typo the library cannot correct.
/// </remarks>
internal static class LocalTimeResolution
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static ZonedDateTime InZone(LocalDateTime local, DateTimeZone zone, [CallerArgumentExpression(nameof(local))] string? parameterName = null)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            throw new ArgumentException(
                $"{Format(local)} did not happen in {zone.Id}: the clocks skipped it (a daylight-saving gap). Write a time before or after the gap.",
                parameterName);
        }

        return mapping.First();
    }

    public static string Format(LocalDateTime local) => Pattern.Format(local);

    public static string Format(ZonedDateTime zoned) =>
        string.Create(CultureInfo.InvariantCulture, $"{Pattern.Format(zoned.LocalDateTime)} {zoned.Zone.Id}");
}
