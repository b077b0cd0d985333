using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// Everything a command can change on a delegation, taken before a refused command so that a test can check it
/// changed nothing. Stops and commitments are live entities, so their state is copied, not only their instances.
/// </summary>
internal sealed class DelegationSnapshot
{
    private readonly Delegation _delegation;
    private readonly DelegationMember[] _members;
    private readonly Organization[] _organizations;
    private readonly ItineraryStop[] _stops;
    private readonly Commitment[] _commitments;
    private readonly (CommitmentStatus Status, LocalDate? SettledOn, string? DropReason)[] _settlements;
    private readonly Engagement[][] _engagements;

    private DelegationSnapshot(Delegation delegation)
    {
        _delegation = delegation;
        _members = [.. delegation.Members];
        _organizations = [.. delegation.Organizations];
        _stops = [.. delegation.Stops];
        _commitments = [.. delegation.Commitments];
        _settlements = [.. _commitments.Select(Settlement)];
        _engagements = [.. _stops.Select(stop => stop.Engagements.ToArray())];
    }

    public static DelegationSnapshot Of(Delegation delegation) => new(delegation);

    public void ShouldBeUnchanged()
    {
        _delegation.Members.Should().Equal(_members);
        _delegation.Organizations.Should().Equal(_organizations);
        _delegation.Stops.Should().Equal(_stops);
        _delegation.Commitments.Should().Equal(_commitments);
        _commitments.Select(Settlement).Should().Equal(_settlements);
        _stops.Select(stop => stop.Engagements).Should().BeEquivalentTo(_engagements, options => options.WithStrictOrdering());
    }

    private static (CommitmentStatus Status, LocalDate? SettledOn, string? DropReason) Settlement(Commitment commitment) =>
        (commitment.Status, commitment.SettledOn, commitment.DropReason);
}
