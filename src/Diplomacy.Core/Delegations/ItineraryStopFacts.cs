using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>One stop of a delegation's itinerary as stored: the place, its local arrival and departure, and what happened there.</summary>
/// <remarks>
/// The times are local to the place, as <see cref="Delegation.AddStop"/> takes them (a time the clock skips or repeats is
/// resolved as that command does). Equality is by value, the engagements compared item by item. Immutable, and so safe to
/// share between threads.
/// </remarks>
public sealed record ItineraryStopFacts
{
    private readonly Region _place = null!;
    private readonly IReadOnlyList<Engagement> _engagements = [];

    /// <summary>Where the delegation stopped.</summary>
    /// <exception cref="ArgumentNullException">The region is null.</exception>
    public required Region Place { get => _place; init => _place = value ?? throw new ArgumentNullException(nameof(Place)); }

    /// <summary>The arrival, in the place's local time.</summary>
    public required LocalDateTime Arrival { get; init; }

    /// <summary>The departure, in the place's local time.</summary>
    public required LocalDateTime Departure { get; init; }

    /// <summary>The engagements at the stop, in the order of <see cref="ItineraryStop.Engagements"/>.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<Engagement> Engagements { get => _engagements; init => _engagements = FactLists.Copy(value, nameof(Engagements)); }

    /// <inheritdoc />
    public bool Equals(ItineraryStopFacts? other) =>
        other is not null && Place.Equals(other.Place) && Arrival == other.Arrival && Departure == other.Departure && FactLists.Same(Engagements, other.Engagements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Place, Arrival, Departure, Engagements.Count);
}
