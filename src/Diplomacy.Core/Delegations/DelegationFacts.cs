using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// Everything a host stores of a delegation, in public types only: what <see cref="Delegation.ToFacts"/> gives and
/// <see cref="Delegation.Rebuild"/> takes back.
/// </summary>
/// <remarks>
/// The trip's <see cref="Start"/> and <see cref="End"/> are local times in the home region's zone, as the planning
/// commands take them. A <see cref="Signing"/> among the engagements keeps its link to its agreement; a register rebuilt
/// with <see cref="Portfolio.Register.Rebuild"/> links it to the register's agreement of that id. Every collection is
/// copied when set (a null list or item is refused with <see cref="ArgumentNullException"/>); equality is by value,
/// collections item by item in order. Immutable, and so safe to share between threads.
/// </remarks>
/// <example>
/// <code>
/// DelegationFacts stored = visit.ToFacts();
/// Delegation loaded = Delegation.Rebuild(stored);
/// </code>
/// </example>
public sealed record DelegationFacts
{
    private readonly Region _home = null!;
    private readonly string _purpose = null!;
    private readonly IReadOnlyList<DelegationMember> _members = [];
    private readonly IReadOnlyList<Organization> _organizations = [];
    private readonly IReadOnlyList<ItineraryStopFacts> _stops = [];
    private readonly IReadOnlyList<CommitmentFacts> _commitments = [];

    /// <summary>The delegation's key.</summary>
    public required DelegationId Id { get; init; }

    /// <summary>Whether it travelled out of <see cref="Home"/> or came to it.</summary>
    public required DelegationDirection Direction { get; init; }

    /// <summary>The region it left (outbound) or visited (inbound).</summary>
    /// <exception cref="ArgumentNullException">The region is null.</exception>
    public required Region Home { get => _home; init => _home = value ?? throw new ArgumentNullException(nameof(Home)); }

    /// <summary>Where an inbound delegation came from; null for an outbound one.</summary>
    public Region? Origin { get; init; }

    /// <summary>What the trip was for.</summary>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public required string Purpose { get => _purpose; init => _purpose = value ?? throw new ArgumentNullException(nameof(Purpose)); }

    /// <summary>When the trip began, in the home region's local time.</summary>
    public required LocalDateTime Start { get; init; }

    /// <summary>When the trip ended, in the home region's local time.</summary>
    public required LocalDateTime End { get; init; }

    /// <summary>Every member, the head first, as <see cref="Delegation.Members"/>.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public required IReadOnlyList<DelegationMember> Members { get => _members; init => _members = FactLists.Copy(value, nameof(Members)); }

    /// <summary>The organizations taking part, in the order added.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<Organization> Organizations { get => _organizations; init => _organizations = FactLists.Copy(value, nameof(Organizations)); }

    /// <summary>The itinerary, in the order of <see cref="Delegation.Stops"/>, each stop with its engagements.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<ItineraryStopFacts> Stops { get => _stops; init => _stops = FactLists.Copy(value, nameof(Stops)); }

    /// <summary>The commitments, in the order of their numbers.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<CommitmentFacts> Commitments { get => _commitments; init => _commitments = FactLists.Copy(value, nameof(Commitments)); }

    /// <summary>What the visit was budgeted at, or null; see <see cref="Delegation.Budget"/>.</summary>
    public Money? Budget { get; init; }

    /// <summary>What the visit actually cost, or null; see <see cref="Delegation.ActualCost"/>.</summary>
    public Money? ActualCost { get; init; }

    /// <inheritdoc />
    public bool Equals(DelegationFacts? other) =>
        other is not null
        && Id == other.Id
        && Direction == other.Direction
        && Home.Equals(other.Home)
        && Equals(Origin, other.Origin)
        && Purpose == other.Purpose
        && Start == other.Start
        && End == other.End
        && FactLists.Same(Members, other.Members)
        && FactLists.Same(Organizations, other.Organizations)
        && FactLists.Same(Stops, other.Stops)
        && FactLists.Same(Commitments, other.Commitments)
        && Equals(Budget, other.Budget)
        && Equals(ActualCost, other.ActualCost);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Direction, Home, Start, End, Members.Count);
}
