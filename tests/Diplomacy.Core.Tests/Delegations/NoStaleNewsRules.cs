using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// Objects never tell stale news: a commitment or a stop handed out before a later change answers with that change,
/// because each is the one entity its delegation holds, not a copy.
/// </summary>
public sealed class NoStaleNewsRules
{
    private static readonly PartialDate November = PartialDate.InMonth(2025, 11);

    [Fact]
    public void A_commitment_handed_out_while_open_and_completed_later_answers_done()
    {
        var trip = GyeonggiToChina();
        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", November);

        trip.CompleteCommitment(fair.Number, On(2025, 11, 5));

        fair.Status.Should().Be(CommitmentStatus.Done);
        fair.SettledOn.Should().Be(On(2025, 11, 5));
        fair.StatusOn(On(2025, 11, 5)).Should().Be(CommitmentStatus.Done);
        fair.IsOverdueOn(On(2025, 12, 1)).Should().BeFalse();
        fair.ToString().Should().EndWith("(due 2025-11, Done)");
    }

    [Fact]
    public void A_commitment_handed_out_while_open_and_dropped_later_answers_dropped_with_its_reason()
    {
        var trip = GyeonggiToChina();
        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", November);

        trip.DropCommitment(1, On(2025, 10, 20), "The fair was postponed");

        fair.Status.Should().Be(CommitmentStatus.Dropped);
        fair.DropReason.Should().Be("The fair was postponed");
    }

    [Fact]
    public void A_commitment_is_one_object_the_delegation_lists_settles_and_returns()
    {
        var trip = GyeonggiToChina();
        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", November);

        var done = trip.CompleteCommitment(1, On(2025, 11, 5));

        done.Should().BeSameAs(fair);
        trip.Commitments.Should().ContainSingle().Which.Should().BeSameAs(fair);
    }

    [Fact]
    public void A_commitment_read_from_the_register_before_it_was_kept_is_not_overdue_after()
    {
        var register = SeedRegister.Empty();
        var trip = GyeonggiToChina();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", November);
        register.Record(trip);
        var overdue = register.CommitmentsOverdueOn(On(2025, 12, 1)).Single();

        trip.CompleteCommitment(1, On(2025, 12, 3));

        overdue.IsOverdueOn(On(2025, 12, 1)).Should().BeTrue("it was still open on 1 December");
        overdue.IsOverdueOn(On(2025, 12, 3)).Should().BeFalse();
        register.CommitmentsOverdueOn(On(2025, 12, 3)).Should().BeEmpty();
    }

    [Fact]
    public void A_stop_handed_out_before_an_engagement_lists_it_afterwards()
    {
        var trip = GyeonggiToChina();
        var stop = trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));
        var talks = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")]);

        var returned = trip.AddEngagement(Seed.Shanghai, talks);

        stop.Engagements.Should().Equal(talks);
        returned.Should().BeSameAs(stop);
        trip.Stops.Should().ContainSingle().Which.Should().BeSameAs(stop);
    }
}
