using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>Storing a delegation as facts and rebuilding it from them, through the commands' own checks.</summary>
public sealed partial class Delegation
{
    /// <summary>
    /// Rebuilds a delegation from the facts a host stored (see <see cref="ToFacts"/>) by replaying its commands in order:
    /// the plan, the members after the head, the organizations, each stop with its engagements, each commitment and its
    /// settlement, then the budget and the actual cost. Every rule is checked as those commands check it, and a broken one is refused with the same
    /// <see cref="DomainRuleException"/>.
    /// </summary>
    /// <param name="facts">The stored facts.</param>
    /// <returns>The delegation, answering every question as the one stored did.</returns>
    /// <remarks>
    /// A commitment's settlement must match its status: an open one has no day and no reason, a done one a day and no
    /// reason, a dropped one a day and a reason. Each engagement must land, as <see cref="AddEngagement"/> places it, in
    /// the stop it is stored in, and the stops must be stored in order of arrival. Nothing half-built is returned.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No member is given; an outbound delegation has an origin, or an inbound one none; the direction or a status is not
    /// defined; a settlement does not match its status; the stops are out of order or an engagement lands in another stop;
    /// or a value is refused as its command refuses it (a trip that ends before it starts, a blank purpose).
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// A rule of a command is broken (the rule, as that command names it: for example <see cref="DomainRule.DelegationStopsMustNotOverlap"/>,
    /// <see cref="DomainRule.EngagementMustFallWithinAStop"/>, <see cref="DomainRule.CommitmentCannotBeSettledBeforeTheTrip"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// var loaded = Delegation.Rebuild(visit.ToFacts());
    /// loaded.CommitmentsOverdueOn(new LocalDate(2026, 1, 1)); // as visit answers
    /// </code>
    /// </example>
    public static Delegation Rebuild(DelegationFacts facts)
    {
        Guard.Against.Null(facts);
        if (facts.Members.Count == 0)
        {
            throw new ArgumentException($"The delegation {facts.Id} has no members: the head comes first.", nameof(facts));
        }

        var delegation = Plan(facts);
        foreach (var member in facts.Members.Skip(1))
        {
            delegation.AddMember(member);
        }

        foreach (var organization in facts.Organizations)
        {
            delegation.AddOrganization(organization);
        }

        foreach (var stop in facts.Stops)
        {
            delegation.AddStop(stop.Place, stop.Arrival, stop.Departure);
            foreach (var engagement in stop.Engagements)
            {
                delegation.AddEngagement(stop.Place, engagement);
            }
        }

        delegation.MustHaveReplayed(facts.Stops, nameof(facts));
        foreach (var commitment in facts.Commitments)
        {
            delegation.Restore(commitment, nameof(facts));
        }

        delegation.SetBudget(facts.Budget);
        delegation.RecordActualCost(facts.ActualCost);
        return delegation;
    }

    /// <summary>
    /// Everything a host needs to store the delegation, in public types: the plan, members, organizations, itinerary with
    /// engagements, commitments with their settlement, the budget and the actual cost.
    /// </summary>
    /// <returns>The facts; <see cref="Rebuild"/> gives back a delegation that answers as this one, and whose facts equal these.</returns>
    /// <example>
    /// <code>
    /// DelegationFacts stored = visit.ToFacts();
    /// </code>
    /// </example>
    public DelegationFacts ToFacts() => new()
    {
        Id = Id,
        Direction = Direction,
        Home = Home,
        Origin = Origin,
        Purpose = Purpose,
        Start = Start.LocalDateTime,
        End = End.LocalDateTime,
        Members = Members,
        Organizations = Organizations,
        Stops = [.. Stops.Select(Facts)],
        Commitments = [.. Commitments.Select(commitment => new CommitmentFacts
        {
            OwedBy = commitment.OwedBy,
            OwedTo = commitment.OwedTo,
            What = commitment.What,
            Due = commitment.Due,
            Status = commitment.Status,
            SettledOn = commitment.SettledOn,
            DropReason = commitment.DropReason,
        })],
        Budget = Budget,
        ActualCost = ActualCost,
    };

    private static ItineraryStopFacts Facts(ItineraryStop stop) => new()
    {
        Place = stop.Place,
        Arrival = stop.Arrival.LocalDateTime,
        Departure = stop.Departure.LocalDateTime,
        Engagements = stop.Engagements,
    };

    private static Delegation Plan(DelegationFacts facts)
    {
        switch (Guard.Against.EnumOutOfRange(facts.Direction, nameof(facts)))
        {
            case DelegationDirection.Outbound when facts.Origin is null:
                return PlanOutbound(facts.Id, facts.Home, facts.Purpose, facts.Members[0], facts.Start, facts.End);
            case DelegationDirection.Inbound when facts.Origin is { } origin:
                return PlanInbound(facts.Id, facts.Home, origin, facts.Purpose, facts.Members[0], facts.Start, facts.End);
            default:
                throw new ArgumentException(
                    $"The delegation {facts.Id} is {facts.Direction}: an outbound delegation has no origin, an inbound one has one.", nameof(facts));
        }
    }

    private void MustHaveReplayed(IReadOnlyList<ItineraryStopFacts> stored, string parameterName)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            if (!Facts(Stops[i]).Equals(stored[i]))
            {
                throw new ArgumentException(
                    $"The delegation {Id}: the stored stop #{i + 1} ({stored[i].Place} from {stored[i].Arrival}) is not what its commands record there ({Stops[i]}); "
                    + "stops are stored in order of arrival, each with the engagements its command places in it.",
                    parameterName);
            }
        }
    }

    private void Restore(CommitmentFacts stored, string parameterName)
    {
        var made = Commit(stored.OwedBy, stored.OwedTo, stored.What, stored.Due);
        var settlement = (Guard.Against.EnumOutOfRange(stored.Status, parameterName), stored.SettledOn, stored.DropReason);
        switch (settlement)
        {
            case (CommitmentStatus.Open, null, null):
                break;
            case (CommitmentStatus.Done, { } on, null):
                CompleteCommitment(made.Number, on);
                break;
            case (CommitmentStatus.Dropped, { } on, { } reason):
                DropCommitment(made.Number, on, reason);
                break;
            default:
                throw new ArgumentException(
                    $"The commitment {made.SubjectId} is {stored.Status}: an open commitment has no settling day or reason, a done one a day, a dropped one a day and a reason.",
                    parameterName);
        }
    }
}
