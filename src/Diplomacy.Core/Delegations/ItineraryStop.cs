using System.Collections.Immutable;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// A place on a delegation's itinerary: where it was, when it arrived and left (in the place's own zone),
/// and what it did there.
/// </summary>
/// <remarks>
/// <para>
/// A stop spans from <see cref="Arrival"/> to <see cref="Departure"/>, both <b>inclusive</b>: an engagement
/// at the very minute of arrival belongs to it. Two stops of one delegation never overlap in real time
/// (compared by <see cref="Instant"/>); the next may begin at the very instant the previous one ends.
/// </para>
/// <para>
/// A stop is an entity of its delegation, never a snapshot: the object <see cref="Delegation.AddStop"/> returns is
/// the one <see cref="Delegation.Stops"/> lists for the delegation's whole life, and an engagement added later
/// shows in its <see cref="Engagements"/>, so a stop handed out early never tells stale news. Its place and
/// times never change. Equality is by reference. Like its delegation, it is not thread-safe: do not read it from
/// another thread while its delegation changes.
/// </para>
/// </remarks>
public sealed class ItineraryStop
{
    internal ItineraryStop(Region place, ZonedDateTime arrival, ZonedDateTime departure)
    {
        Place = place;
        Arrival = arrival;
        Departure = departure;
        Engagements = [];
    }

    /// <summary>Where the delegation was.</summary>
    public Region Place { get; }

    /// <summary>When it arrived, in the place's zone.</summary>
    public ZonedDateTime Arrival { get; }

    /// <summary>When it left, in the place's zone.</summary>
    public ZonedDateTime Departure { get; }

    /// <summary>
    /// What it did there, in the order of their local times (in the order added for equal times): each read gives
    /// the engagements recorded by then, as an immutable list.
    /// </summary>
    public ImmutableArray<Engagement> Engagements { get; private set; }

    /// <summary>The calendar days the stop touches in the place's zone, from the arrival's day to the departure's, both inclusive.</summary>
    public DateInterval Days => new(Arrival.Date, Departure.Date);

    /// <summary>Whether an instant lies within the stop, both ends included.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True from the arrival's instant to the departure's.</returns>
    public bool Contains(Instant instant) => Arrival.ToInstant() <= instant && instant <= Departure.ToInstant();

    /// <summary>The place and the local times: <c>上海市 (CN-SH) 2025-09-24 13:00 → 2025-09-26 10:00 Asia/Shanghai</c>.</summary>
    /// <returns>A description for people.</returns>
    public override string ToString() =>
        $"{Place} {LocalTimeResolution.Format(Arrival.LocalDateTime)} → {LocalTimeResolution.Format(Departure)}";

    internal bool Overlaps(Instant arrival, Instant departure) =>
        arrival < Departure.ToInstant() && Arrival.ToInstant() < departure;

    internal void Add(Engagement engagement)
    {
        var position = Engagements.Length;
        while (position > 0 && Engagements[position - 1].At > engagement.At)
        {
            position--;
        }

        Engagements = Engagements.Insert(position, engagement);
    }
}
