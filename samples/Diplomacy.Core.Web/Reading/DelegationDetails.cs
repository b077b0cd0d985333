using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A delegation as its page shows it: who went where, when in each place's own time, what was done and promised.</summary>
public sealed record DelegationDetails
{
    public required string Id { get; init; }

    public required string Purpose { get; init; }

    public required DelegationDirection Direction { get; init; }

    public required string DirectionText { get; init; }

    public required RegionView Home { get; init; }

    public RegionView? Origin { get; init; }

    public required DelegateView Head { get; init; }

    public required IReadOnlyList<DelegateView> Members { get; init; }

    public required IReadOnlyList<OrganizationView> Organizations { get; init; }

    /// <summary>When it leaves (or arrives), in local time where that happens.</summary>
    public required LocalTimeView Start { get; init; }

    public required LocalTimeView End { get; init; }

    public required IReadOnlyList<StopView> Stops { get; init; }

    /// <summary>The date commitments are judged on.</summary>
    public required LocalDate Date { get; init; }

    public required IReadOnlyList<CommitmentView> Commitments { get; init; }

    public static DelegationDetails Of(Delegation delegation, LocalDate date, Texts texts) => new()
    {
        Id = delegation.Id.Value,
        Purpose = delegation.Purpose,
        Direction = delegation.Direction,
        DirectionText = texts.Direction(delegation.Direction),
        Home = RegionView.Of(delegation.Home, texts),
        Origin = delegation.Origin is { } origin ? RegionView.Of(origin, texts) : null,
        Head = DelegateView.Of(delegation.Head),
        Members = [.. delegation.Members.Select(DelegateView.Of)],
        Organizations = [.. delegation.Organizations.Select(OrganizationView.Of)],
        Start = LocalTimeView.Of(delegation.Start),
        End = LocalTimeView.Of(delegation.End),
        Stops = [.. delegation.Stops.Select(stop => StopView.Of(stop, texts))],
        Date = date,
        Commitments = [.. delegation.Commitments.Select(commitment => CommitmentView.Of(commitment, date, texts))],
    };
}
