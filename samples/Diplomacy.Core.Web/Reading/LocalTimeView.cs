using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A moment in local time where it happens: the wall-clock time, the zone and its offset then.</summary>
/// <param name="Local">The local date and time.</param>
/// <param name="Zone">The IANA zone (<c>Asia/Shanghai</c>).</param>
/// <param name="Offset">The offset from UTC then (<c>+08:00</c>).</param>
public sealed record LocalTimeView(LocalDateTime Local, string Zone, string Offset)
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static LocalTimeView Of(ZonedDateTime moment) =>
        new(moment.LocalDateTime, moment.Zone.Id, moment.Offset.ToString("m", CultureInfo.InvariantCulture));

    /// <summary>As a page shows it: <c>2025-09-22 13:00 (Asia/Shanghai, +08:00)</c>.</summary>
    public string Text => $"{Minutes.Format(Local)} ({Zone}, {Offset})";
}
