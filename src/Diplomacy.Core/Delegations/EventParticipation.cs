using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>Taking part in an event at a stop: a trade fair, a forum, a festival.</summary>
/// <remarks>Equality is by value: the same time and event name. Immutable and thread-safe.</remarks>
public sealed record EventParticipation : Engagement
{
    /// <summary>Describes taking part in an event.</summary>
    /// <param name="at">When the delegation took part, in local time at the stop's place.</param>
    /// <param name="eventName">The event's name, for example <c>"China International Import Expo"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventName"/> is blank.</exception>
    public EventParticipation(LocalDateTime at, string eventName)
        : base(at) => EventName = Guard.Against.NullOrWhiteSpace(eventName).Trim();

    /// <summary>The event's name.</summary>
    public string EventName { get; }
}
