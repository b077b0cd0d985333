using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>Only an open commitment can be done or dropped: a commitment already done or dropped stays as it was settled.</summary>
public sealed class CommitmentMustBeOpenToBeSettled
{
    [Fact]
    public void A_commitment_already_done_cannot_be_done_again()
    {
        var trip = TripWithTradeFairCommitment();
        trip.CompleteCommitment(1, On(2025, 11, 5));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.CompleteCommitment(1, On(2025, 11, 6));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentMustBeOpenToBeSettled);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void A_dropped_commitment_cannot_be_done_later()
    {
        var trip = TripWithTradeFairCommitment();
        trip.DropCommitment(1, On(2025, 10, 20), "The fair was postponed");
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.CompleteCommitment(1, On(2025, 11, 5));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentMustBeOpenToBeSettled);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void A_commitment_already_done_cannot_be_dropped()
    {
        var trip = TripWithTradeFairCommitment();
        trip.CompleteCommitment(1, On(2025, 11, 5));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.DropCommitment(1, On(2025, 11, 6), "Changed our mind");

        act.Should().Throw<DomainRuleException>().Which.SubjectId.Should().Be("GG-2025-CN#1");
        before.ShouldBeUnchanged();
    }
}
