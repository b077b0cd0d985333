using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A commitment is overdue on a day when it is still open that day and its last possible due day is before it.</summary>
public sealed class CommitmentOverdueRules
{
    private static (Delegation Trip, Commitment Commitment) TradeFairCommitment()
    {
        var trip = GyeonggiToChina();
        var commitment = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair with Gyeonggi companies", PartialDate.InMonth(2025, 11));
        return (trip, commitment);
    }

    [Theory]
    [InlineData(2025, 10, 31, false)]
    [InlineData(2025, 11, 1, false)]
    [InlineData(2025, 11, 30, false)] // boundary: a month's due date runs through its last day
    [InlineData(2025, 12, 1, true)]   // the first day after the month
    [InlineData(2026, 3, 1, true)]
    public void A_commitment_due_in_a_month_is_overdue_from_the_day_after_the_month_ends(int year, int month, int day, bool overdue)
    {
        var (_, commitment) = TradeFairCommitment();

        commitment.IsOverdueOn(On(year, month, day)).Should().Be(overdue);
    }

    [Theory]
    [InlineData(10, 15, false)] // boundary: due that very day, so not yet overdue
    [InlineData(10, 16, true)]
    public void A_commitment_due_on_a_day_is_overdue_from_the_next_day(int month, int day, bool overdue)
    {
        var trip = GyeonggiToChina();
        var invitation = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the mayor an invitation to visit Gyeonggi", On(2025, 10, 15));

        invitation.IsOverdueOn(On(2025, month, day)).Should().Be(overdue);
    }

    [Fact]
    public void A_commitment_with_no_known_due_date_is_never_overdue()
    {
        var trip = GyeonggiToChina();
        var contacts = trip.Commit(Seed.Shanghai, Seed.Gyeonggi, "Designate contact persons", PartialDate.Unknown);

        contacts.IsOverdueOn(On(2035, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void A_commitment_due_on_or_after_a_day_is_never_overdue()
    {
        var trip = GyeonggiToChina();
        var letters = trip.Commit(Seed.Gyeonggi, Seed.Chongqing, "Exchange letters", PartialDate.OnOrAfter(On(2025, 10, 1)));

        letters.IsOverdueOn(On(2030, 1, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData(12, 1, true)]   // the day before it was done, it was still open and past due
    [InlineData(12, 2, false)]  // boundary: done that day, so no longer overdue that day
    [InlineData(12, 31, false)]
    public void A_commitment_done_late_was_overdue_until_the_day_it_was_done(int month, int day, bool overdue)
    {
        var (trip, commitment) = TradeFairCommitment();

        var done = trip.CompleteCommitment(commitment.Number, On(2025, 12, 2));

        done.IsOverdueOn(On(2025, month, day)).Should().Be(overdue);
    }

    [Fact]
    public void A_commitment_dropped_before_its_due_date_is_never_overdue()
    {
        var (trip, commitment) = TradeFairCommitment();

        var dropped = trip.DropCommitment(commitment.Number, On(2025, 10, 20), "The fair was postponed to 2026");

        dropped.IsOverdueOn(On(2025, 12, 1)).Should().BeFalse();
        dropped.StatusOn(On(2025, 10, 19)).Should().Be(CommitmentStatus.Open);
        dropped.StatusOn(On(2025, 10, 20)).Should().Be(CommitmentStatus.Dropped);
    }

    [Fact]
    public void On_the_calendars_last_day_every_open_commitment_with_a_known_due_date_is_overdue_and_every_settled_one_is_not()
    {
        var (trip, fair) = TradeFairCommitment();
        var invitation = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the mayor an invitation", On(2025, 10, 15));
        trip.CompleteCommitment(invitation.Number, On(2025, 12, 2));
        var log = new DelegationLog();
        log.Record(trip);

        log.CommitmentsOverdueOn(LocalDate.MaxIsoValue).Should().Equal(fair);
    }

    [Fact]
    public void A_delegation_lists_its_overdue_commitments_by_number()
    {
        var (trip, fair) = TradeFairCommitment();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Designate contact persons", PartialDate.Unknown);
        var invitation = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the mayor an invitation", On(2025, 10, 15));

        trip.CommitmentsOverdueOn(On(2025, 12, 1)).Should().Equal(fair, invitation);
    }
}
