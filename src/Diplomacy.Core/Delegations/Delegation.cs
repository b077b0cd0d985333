using Ardalis.GuardClauses;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations.Rules;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// An official visit: who went (or came), where and when, what they did at each stop, and what they promised.
/// </summary>
/// <remarks>
/// <para>
/// A delegation is seen from its <see cref="Home"/> region. An <see cref="DelegationDirection.Outbound"/>
/// delegation leaves home, stops in places outside it, and comes back; an
/// <see cref="DelegationDirection.Inbound"/> one comes from its <see cref="Origin"/> and stops in places in or
/// under home. Either way the trip runs from <see cref="Start"/> to <see cref="End"/>, written as local times
/// in the home region's zone (for an outbound trip: leaving and coming back home; for an inbound one:
/// arriving in and leaving home), both ends inclusive.
/// </para>
/// <para>
/// Stops are written in each place's own local time and compared by <see cref="Instant"/>: a stop that ends at
/// 18:00 in Shanghai and one that starts at 18:30 the same day in Seoul overlap, since 18:30 in Seoul is 17:30
/// in Shanghai. Stops are kept in real-time order whatever order they are added in. A local time the clocks
/// skipped (a daylight-saving gap) is refused; one that happened twice (the clocks went back) is read as the
/// earlier instant.
/// </para>
/// <para>
/// Every command checks its rules first and changes nothing when one is broken: it throws a
/// <see cref="DomainRuleException"/> naming the <see cref="DomainRule"/> and the delegation's id. The head is
/// always a member (the first). Equality is by reference. A delegation is not thread-safe: change it from one
/// thread at a time, and do not read it from another thread while it changes.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var trip = Delegation.PlanOutbound(
///     new DelegationId("GG-2025-CN"), gyeonggi, "Cooperation with China's municipalities",
///     new DelegationMember("Kim Dong-yeon", "Governor of Gyeonggi Province", MemberRole.Governor),
///     new LocalDateTime(2025, 9, 22, 9, 0), new LocalDateTime(2025, 9, 26, 14, 0));
/// trip.AddStop(shanghai, new LocalDateTime(2025, 9, 24, 13, 0), new LocalDateTime(2025, 9, 26, 10, 0));
/// trip.AddEngagement(shanghai, new Gift(new LocalDateTime(2025, 9, 25, 17, 0), "books by Korean authors", 30, "Shanghai Library"));
/// var fair = trip.Commit(gyeonggi, shanghai, "Take part in Shanghai's trade fair", PartialDate.InMonth(2025, 11));
/// fair.IsOverdueOn(new LocalDate(2025, 12, 1)); // true while it stays open
/// </code>
/// </example>
public sealed partial class Delegation
{
    private readonly List<DelegationMember> _members;
    private readonly List<Organization> _organizations = [];
    private readonly List<ItineraryStop> _stops = [];
    private readonly List<Commitment> _commitments = [];

    private Delegation(
        DelegationId id,
        DelegationDirection direction,
        Region home,
        Region? origin,
        string purpose,
        DelegationMember head,
        ZonedDateTime start,
        ZonedDateTime end)
    {
        Id = id;
        Direction = direction;
        Home = home;
        Origin = origin;
        Purpose = purpose;
        Head = head;
        Start = start;
        End = end;
        _members = [head];
        Members = _members.AsReadOnly();
        Organizations = _organizations.AsReadOnly();
        Stops = _stops.AsReadOnly();
        Commitments = _commitments.AsReadOnly();
    }

    /// <summary>Raised after every change, so that a <see cref="DelegationLog"/> keeps its indexes current.</summary>
    internal event Action<Delegation>? Changed;

    /// <summary>The delegation's key in its register.</summary>
    public DelegationId Id { get; }

    /// <summary>Whether the delegation goes out from home or comes in to it.</summary>
    public DelegationDirection Direction { get; }

    /// <summary>The region the delegation is seen from: the one it leaves (outbound) or visits (inbound).</summary>
    public Region Home { get; }

    /// <summary>Where an inbound delegation's visitors come from; null for an outbound delegation.</summary>
    public Region? Origin { get; }

    /// <summary>Why the visit is made, as written.</summary>
    public string Purpose { get; }

    /// <summary>The person who leads the delegation; always one of <see cref="Members"/> (the first).</summary>
    public DelegationMember Head { get; }

    /// <summary>When the trip starts, in the home region's zone: leaving home (outbound) or arriving there (inbound).</summary>
    public ZonedDateTime Start { get; }

    /// <summary>When the trip ends, in the home region's zone: coming back home (outbound) or leaving it (inbound).</summary>
    public ZonedDateTime End { get; }

    /// <summary>The people in the delegation, the head first, then in the order they were added.</summary>
    public IReadOnlyList<DelegationMember> Members { get; }

    /// <summary>The organizations taking part (companies with their field), in the order they were added.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The itinerary, in real-time order of arrival.</summary>
    public IReadOnlyList<ItineraryStop> Stops { get; }

    /// <summary>The commitments made on the visit, in the order they were made (by <see cref="Commitment.Number"/>).</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>
    /// The regions on the other side of the visit: for an outbound delegation each place it stops in, once, in
    /// itinerary order; for an inbound one, its origin.
    /// </summary>
    public IReadOnlyList<Region> Partners => Origin is { } origin ? [origin] : [.. _stops.Select(stop => stop.Place).Distinct()];

    /// <summary>Plans a visit by the home region's people to places outside it.</summary>
    /// <param name="id">The delegation's key.</param>
    /// <param name="home">The region the delegation leaves from and comes back to.</param>
    /// <param name="purpose">Why the visit is made.</param>
    /// <param name="head">The person who leads it; it becomes the first member.</param>
    /// <param name="leavesHome">When it leaves, in local time in <paramref name="home"/>'s zone.</param>
    /// <param name="returnsHome">When it comes back, in local time in <paramref name="home"/>'s zone.</param>
    /// <returns>The delegation, without stops yet.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id is <c>default</c>, the purpose is blank, a time did not happen in the home zone (a daylight-saving
    /// gap), or the return is not after the departure.
    /// </exception>
    /// <example>
    /// <code>
    /// var trip = Delegation.PlanOutbound(new DelegationId("GG-2025-CN"), gyeonggi, "Cooperation with China",
    ///     governor, new LocalDateTime(2025, 9, 22, 9, 0), new LocalDateTime(2025, 9, 26, 14, 0));
    /// </code>
    /// </example>
    public static Delegation PlanOutbound(
        DelegationId id,
        Region home,
        string purpose,
        DelegationMember head,
        LocalDateTime leavesHome,
        LocalDateTime returnsHome)
    {
        Guard.Against.Null(home);
        var (start, end) = Trip(home, leavesHome, returnsHome, nameof(leavesHome), nameof(returnsHome));
        return new Delegation(Guard.Against.Default(id), DelegationDirection.Outbound, home, null, Text(purpose), Guard.Against.Null(head), start, end);
    }

    /// <summary>Plans a visit to the home region by people from another region.</summary>
    /// <param name="id">The delegation's key.</param>
    /// <param name="home">The region visited.</param>
    /// <param name="origin">The region the visitors come from.</param>
    /// <param name="purpose">Why the visit is made.</param>
    /// <param name="head">The person who leads the visitors; it becomes the first member.</param>
    /// <param name="arrives">When the visitors arrive, in local time in <paramref name="home"/>'s zone.</param>
    /// <param name="leaves">When they leave, in local time in <paramref name="home"/>'s zone.</param>
    /// <returns>The delegation, without stops yet.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id is <c>default</c>, the purpose is blank, a time did not happen in the home zone (a daylight-saving
    /// gap), or the departure is not after the arrival.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// The origin is home or lies inside it (<see cref="DomainRule.InboundDelegationOriginMustLieOutsideHome"/>).
    /// </exception>
    public static Delegation PlanInbound(
        DelegationId id,
        Region home,
        Region origin,
        string purpose,
        DelegationMember head,
        LocalDateTime arrives,
        LocalDateTime leaves)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(home);
        Guard.Against.Null(origin);
        var (start, end) = Trip(home, arrives, leaves, nameof(arrives), nameof(leaves));
        InboundDelegationOriginMustLieOutsideHome.Check(id, home, origin);

        return new Delegation(id, DelegationDirection.Inbound, home, origin, Text(purpose), Guard.Against.Null(head), start, end);
    }

    /// <summary>Adds a person to the delegation.</summary>
    /// <param name="member">The person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// The same member (name, title and role) is already in it (<see cref="DomainRule.DelegationMemberMustBeUnique"/>).
    /// </exception>
    public void AddMember(DelegationMember member)
    {
        Guard.Against.Null(member);
        DelegationMemberMustBeUnique.Check(Id, _members, member);
        _members.Add(member);
        Changed?.Invoke(this);
    }

    /// <summary>Adds an organization taking part in the delegation, such as a company with its field.</summary>
    /// <param name="organization">The organization.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// An organization of the same name (ignoring case) already takes part (<see cref="DomainRule.DelegationOrganizationMustBeUnique"/>).
    /// </exception>
    public void AddOrganization(Organization organization)
    {
        Guard.Against.Null(organization);
        DelegationOrganizationMustBeUnique.Check(Id, _organizations, organization);
        _organizations.Add(organization);
        Changed?.Invoke(this);
    }

    /// <summary>
    /// Adds a stop to the itinerary, with its arrival and departure written in local time at the place. Stops may
    /// be added in any order; they are kept in real-time order.
    /// </summary>
    /// <param name="place">Where the delegation stops; its time zone reads the two times.</param>
    /// <param name="arrival">When it arrives, in local time at <paramref name="place"/>.</param>
    /// <param name="departure">When it leaves, in local time at <paramref name="place"/>.</param>
    /// <returns>The new stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A time did not happen at the place (a daylight-saving gap), or the departure is not after the arrival.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// The place is on the wrong side of home (<see cref="DomainRule.OutboundDelegationStopMustLieOutsideHome"/>,
    /// <see cref="DomainRule.InboundDelegationStopMustLieWithinHome"/>), the stop reaches outside the trip
    /// (<see cref="DomainRule.DelegationStopMustLieWithinTrip"/>), or it overlaps another stop in real time
    /// (<see cref="DomainRule.DelegationStopsMustNotOverlap"/>).
    /// </exception>
    public ItineraryStop AddStop(Region place, LocalDateTime arrival, LocalDateTime departure)
    {
        Guard.Against.Null(place);
        var arrives = LocalTimeResolution.InZone(arrival, place.TimeZone);
        var leaves = LocalTimeResolution.InZone(departure, place.TimeZone);
        if (leaves.ToInstant() <= arrives.ToInstant())
        {
            throw new ArgumentException(
                $"The departure {LocalTimeResolution.Format(leaves)} is not after the arrival {LocalTimeResolution.Format(arrives)}.",
                nameof(departure));
        }

        InboundDelegationStopMustLieWithinHome.Check(Id, Direction, Home, place);
        OutboundDelegationStopMustLieOutsideHome.Check(Id, Direction, Home, place);
        DelegationStopMustLieWithinTrip.Check(Id, place, arrives, leaves, Start, End);
        DelegationStopsMustNotOverlap.Check(Id, _stops, place, arrives, leaves);
        var added = new ItineraryStop(place, arrives, leaves);
        _stops.Insert(_stops.FindLastIndex(stop => stop.Arrival.ToInstant() < arrives.ToInstant()) + 1, added);
        Changed?.Invoke(this);
        return added;
    }

    /// <summary>
    /// Records something the delegation did at a stop. The engagement's local time is read in the place's zone
    /// and filed under the stop in that place whose span holds it.
    /// </summary>
    /// <param name="place">The place of the stop, as given to <see cref="AddStop"/>.</param>
    /// <param name="engagement">What was done, at a local time there.</param>
    /// <returns>The stop, the same object <see cref="AddStop"/> returned, now with the engagement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The engagement's time did not happen at the place (a daylight-saving gap).</exception>
    /// <exception cref="DomainRuleException">
    /// No stop in <paramref name="place"/> spans the engagement's time (<see cref="DomainRule.EngagementMustFallWithinAStop"/>).
    /// </exception>
    public ItineraryStop AddEngagement(Region place, Engagement engagement)
    {
        Guard.Against.Null(place);
        Guard.Against.Null(engagement);
        var at = LocalTimeResolution.InZone(engagement.At, place.TimeZone, nameof(engagement));
        var index = EngagementMustFallWithinAStop.Check(Id, _stops, place, at);
        if (engagement is Signing { Agreement: { } agreement })
        {
            SigningMustMatchItsAgreement.Check(Id, agreement, _stops[index].Place, at.Date);
        }

        var stop = _stops[index];
        stop.Add(engagement);
        Changed?.Invoke(this);
        return stop;
    }

    /// <summary>Records a commitment made on the visit. It starts open.</summary>
    /// <param name="owedBy">The region that owes it.</param>
    /// <param name="owedTo">The region it is owed to.</param>
    /// <param name="what">What is promised, as written.</param>
    /// <param name="due">By when: a day, a month such as <c>PartialDate.InMonth(2025, 11)</c>, or <see cref="PartialDate.Unknown"/>.</param>
    /// <returns>The commitment, numbered after the ones made before it.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="what"/> is blank.</exception>
    /// <exception cref="DomainRuleException">A region would owe it to itself (<see cref="DomainRule.CommitmentPartiesMustDiffer"/>).</exception>
    public Commitment Commit(Region owedBy, Region owedTo, string what, PartialDate due)
    {
        Guard.Against.Null(owedBy);
        Guard.Against.Null(owedTo);
        var promise = Text(what);
        CommitmentPartiesMustDiffer.Check(Id, owedBy, owedTo, promise);
        var commitment = new Commitment(Id, _commitments.Count + 1, owedBy, owedTo, promise, due);
        _commitments.Add(commitment);
        Changed?.Invoke(this);
        return commitment;
    }

    /// <summary>Records that a commitment was kept, on a day.</summary>
    /// <param name="number">The commitment's <see cref="Commitment.Number"/>.</param>
    /// <param name="on">The day it was kept.</param>
    /// <returns>The commitment, the same object <see cref="Commit"/> returned, now done.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No commitment of the delegation has that number.</exception>
    /// <exception cref="DomainRuleException">
    /// It is already done or dropped (<see cref="DomainRule.CommitmentMustBeOpenToBeSettled"/>), or the day is before the
    /// trip began (<see cref="DomainRule.CommitmentCannotBeSettledBeforeTheTrip"/>).
    /// </exception>
    public Commitment CompleteCommitment(int number, LocalDate on) => Settle(number, CommitmentStatus.Done, on, null);

    /// <summary>Records that a commitment was given up, on a day, and why.</summary>
    /// <param name="number">The commitment's <see cref="Commitment.Number"/>.</param>
    /// <param name="on">The day it was given up.</param>
    /// <param name="reason">Why, as written.</param>
    /// <returns>The commitment, the same object <see cref="Commit"/> returned, now dropped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No commitment of the delegation has that number.</exception>
    /// <exception cref="DomainRuleException">
    /// It is already done or dropped (<see cref="DomainRule.CommitmentMustBeOpenToBeSettled"/>), or the day is before the
    /// trip began (<see cref="DomainRule.CommitmentCannotBeSettledBeforeTheTrip"/>).
    /// </exception>
    public Commitment DropCommitment(int number, LocalDate on, string reason) => Settle(number, CommitmentStatus.Dropped, on, Text(reason));

    /// <summary>The commitments of this visit that were overdue on a day (see <see cref="Commitment.IsOverdueOn"/>).</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The overdue commitments, by number.</returns>
    public IReadOnlyList<Commitment> CommitmentsOverdueOn(LocalDate date) => [.. _commitments.Where(commitment => commitment.IsOverdueOn(date))];

    /// <summary>The id, the direction and the home region, for logs and debugging.</summary>
    /// <returns>For example <c>GG-2025-CN (Outbound from 경기도 (KR-41))</c>.</returns>
    public override string ToString() => $"{Id} ({Direction} {(Direction == DelegationDirection.Outbound ? "from" : "to")} {Home})";

    /// <summary>
    /// The days the delegation spent with each partner: for an outbound delegation each stop's place and days (in
    /// the place's zone); for an inbound one, its origin and the trip's days (in the home zone).
    /// </summary>
    internal IEnumerable<(Region Partner, DateInterval Days)> Exchanges() =>
        Origin is { } origin
            ? [(origin, new DateInterval(Start.Date, End.Date))]
            : _stops.Select(stop => (stop.Place, stop.Days));

    private Commitment Settle(int number, CommitmentStatus status, LocalDate on, string? reason)
    {
        Guard.Against.OutOfRange(number, nameof(number), 1, _commitments.Count);
        var commitment = _commitments[number - 1];
        CommitmentMustBeOpenToBeSettled.Check(commitment);
        CommitmentCannotBeSettledBeforeTheTrip.Check(commitment, Start.Date, on);
        commitment.Settle(status, on, reason);
        Changed?.Invoke(this);
        return commitment;
    }

    private static (ZonedDateTime Start, ZonedDateTime End) Trip(Region home, LocalDateTime start, LocalDateTime end, string startName, string endName)
    {
        var from = LocalTimeResolution.InZone(start, home.TimeZone, startName);
        var to = LocalTimeResolution.InZone(end, home.TimeZone, endName);
        if (to.ToInstant() <= from.ToInstant())
        {
            throw new ArgumentException(
                $"The trip's end {LocalTimeResolution.Format(to)} is not after its start {LocalTimeResolution.Format(from)}.",
                endName);
        }

        return (from, to);
    }

    private static string Text(string? text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? parameterName = null) =>
        Guard.Against.NullOrWhiteSpace(text, parameterName).Trim();
}
