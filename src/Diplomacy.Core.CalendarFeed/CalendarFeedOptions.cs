using NodaTime;

namespace Diplomacy.Core.CalendarFeed;

/// <summary>How a home's agenda is written as a calendar feed (see <see cref="AgendaCalendar.Write"/>).</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
public sealed record CalendarFeedOptions
{
    /// <summary>
    /// When the feed is written: every event's <c>DTSTAMP</c>, which RFC 5545 requires. The library reads no clock, so
    /// the host passes its own (for example <c>clock.GetCurrentInstant()</c>).
    /// </summary>
    public required Instant WrittenAt { get; init; }

    /// <summary>
    /// The language of the summaries and descriptions, a BCP 47 tag: <c>"en"</c> (the default) or <c>"ko"</c>; a
    /// language the package has no texts for falls back to English, as .NET resources do. Region names follow the
    /// same tag (see <c>RegionNames.In</c>).
    /// </summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// The domain the events' UIDs end in, so that they are unique across feeds of different registers: <c>"diplomacy-core"</c>
    /// unless the host names its own (for example its host name).
    /// </summary>
    public string UidDomain { get; init; } = "diplomacy-core";
}
