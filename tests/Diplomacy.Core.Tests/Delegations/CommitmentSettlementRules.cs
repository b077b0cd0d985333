using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A commitment is owed by one region to another, starts open, and is done or dropped once, not before its trip began.</summary>
public sealed class CommitmentSettlementRules
{
    private static Delegation TripWithTradeFairCommitment()
    {
        var trip = GyeonggiToChina();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", PartialDate.InMonth(2025, 11));
        return trip;
    }

    [Fact]
    public void A_commitment_starts_open_and_is_numbered_in_the_order_made()
    {
        var trip = TripWithTradeFairCommitment();

        var second = trip.Commit(Seed.Shanghai, Seed.Gyeonggi, "Designate contact persons", PartialDate.Unknown);

        second.Number.Should().Be(2);
        second.Status.Should().Be(CommitmentStatus.Open);
        second.Delegation.Should().Be(trip.Id);
    }

    [Fact]
    public void A_region_cannot_owe_a_commitment_to_itself()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.Commit(Seed.Gyeonggi, Seed.Gyeonggi, "Promise to oneself", PartialDate.Unknown);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentPartiesMustDiffer);
        trip.Commitments.Should().BeEmpty();
    }

    [Fact]
    public void A_kept_commitment_is_done_on_the_day_it_was_kept()
    {
        var trip = TripWithTradeFairCommitment();

        var done = trip.CompleteCommitment(1, On(2025, 11, 5));

        done.Status.Should().Be(CommitmentStatus.Done);
        done.SettledOn.Should().Be(On(2025, 11, 5));
        trip.Commitments.Should().Equal(done);
    }

    [Fact]
    public void A_dropped_commitment_keeps_its_reason()
    {
        var trip = TripWithTradeFairCommitment();

        var dropped = trip.DropCommitment(1, On(2025, 10, 20), "The fair was postponed");

        dropped.Status.Should().Be(CommitmentStatus.Dropped);
        dropped.DropReason.Should().Be("The fair was postponed");
    }

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
    public void A_commitment_already_done_cannot_be_dropped()
    {
        var trip = TripWithTradeFairCommitment();
        trip.CompleteCommitment(1, On(2025, 11, 5));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.DropCommitment(1, On(2025, 11, 6), "Changed our mind");

        act.Should().Throw<DomainRuleException>().Which.SubjectId.Should().Be("GG-2025-CN#1");
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

    [Theory]
    [InlineData(21, false)] // the day before the trip left home
    [InlineData(22, true)]  // boundary: the day the trip left home
    public void A_commitment_cannot_be_settled_before_its_trip_began(int day, bool accepted)
    {
        var trip = TripWithTradeFairCommitment();

        var act = () => trip.CompleteCommitment(1, On(2025, 9, day));

        if (accepted)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentCannotBeSettledBeforeTheTrip);
            trip.Commitments.Should().ContainSingle().Which.Status.Should().Be(CommitmentStatus.Open);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Settling_a_commitment_the_delegation_does_not_have_is_an_argument_error(int number)
    {
        var trip = TripWithTradeFairCommitment();

        var act = () => trip.CompleteCommitment(number, On(2025, 11, 5));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(number));
    }

    [Fact]
    public void A_refused_commitment_to_oneself_names_the_region_and_the_promise()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.Commit(Seed.Shanghai, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));

        act.Should().Throw<DomainRuleException>().WithMessage("*(CN-SH)*Take part in the trade fair*");
    }
}
