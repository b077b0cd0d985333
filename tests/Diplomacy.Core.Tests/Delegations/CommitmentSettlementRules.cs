using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A commitment starts open, numbered in the order made, and is settled with its day (and, when dropped, its reason).</summary>
public sealed class CommitmentSettlementRules
{
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

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Settling_a_commitment_the_delegation_does_not_have_is_an_argument_error(int number)
    {
        var trip = TripWithTradeFairCommitment();

        var act = () => trip.CompleteCommitment(number, On(2025, 11, 5));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(number));
    }
}
