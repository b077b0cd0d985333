using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A home's agenda holds its ties' anniversaries (every fifth a milestone), their terms' last days with a notice before
/// each, its delegations' commitments falling due and its delegations' days, with dates known in part kept in part.
/// </summary>
public sealed class AgendaRules
{
    private static DateInterval Window(string first, string last) => new(D(first), D(last));

    [Theory]
    [InlineData(2030, 5, true)] // boundary: the fifth anniversary is the first milestone
    [InlineData(2031, 6, false)]
    [InlineData(2035, 10, true)]
    public void An_anniversary_in_the_window_is_on_the_agenda_and_every_fifth_is_a_milestone(int year, int number, bool milestone)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25));

        var entry = register.AgendaOf(Seed.Gyeonggi, Window($"{year}-01-01", $"{year}-12-31")).Should().ContainSingle().Subject;

        entry.Should().BeEquivalentTo(new { Kind = AgendaEntryKind.Anniversary, AnniversaryNumber = number, IsMilestone = milestone, IsCertain = true });
        (entry.Days.Start, entry.Days.End).Should().Be((new LocalDate(year, 9, 25), new LocalDate(year, 9, 25)));
    }

    [Fact]
    public void The_anniversary_of_a_tie_signed_in_a_known_month_covers_that_whole_month_never_a_guessed_day()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InMonth(1993, 10)));

        var entry = register.AgendaOf(Seed.Gyeonggi, Window("2023-01-01", "2023-12-31")).Should().ContainSingle().Subject;

        (entry.Days.Start, entry.Days.End).Should().Be((D("2023-10-01"), D("2023-10-31")));
        entry.AnniversaryNumber.Should().Be(30);
    }

    [Fact]
    public void A_term_s_last_day_is_on_the_agenda_with_its_notice_twelve_months_before_by_default()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);
        register.Add(mou);

        var agenda = register.AgendaOf(Seed.Gyeonggi, Window("2027-09-01", "2028-09-30"));

        agenda.Where(entry => entry.Kind != AgendaEntryKind.Anniversary).Select(entry => (entry.Kind, entry.Days.Start, entry.Agreement, entry.TermLastDays!.Start))
            .Should().Equal((AgendaEntryKind.TermEndNotice, D("2027-09-24"), mou, D("2028-09-24")), (AgendaEntryKind.TermEnds, D("2028-09-24"), mou, D("2028-09-24")));
    }

    [Fact]
    public void The_notice_before_a_term_s_end_is_the_caller_s_choice_and_is_listed_though_the_end_is_after_the_window()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25));

        var agenda = register.AgendaOf(Seed.Gyeonggi, Window("2028-06-01", "2028-06-30"), Period.FromMonths(3));

        agenda.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = AgendaEntryKind.TermEndNotice, Days = Window("2028-06-24", "2028-06-24") });
    }

    [Fact]
    public void A_term_ending_on_a_day_known_in_part_has_its_notice_on_the_days_as_far_before()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9)));

        var notice = register.AgendaOf(Seed.Gyeonggi, Window("2027-01-01", "2027-12-31")).Should().ContainSingle(entry => entry.Kind == AgendaEntryKind.TermEndNotice).Subject;

        (notice.Days.Start, notice.Days.End).Should().Be((D("2027-08-31"), D("2027-09-29")));
        (notice.TermLastDays!.Start, notice.TermLastDays.End).Should().Be((D("2028-08-31"), D("2028-09-29")));
    }

    [Theory]
    [InlineData("9999-01-01", "9999-12-31", new[] { AgendaEntryKind.TermEnds })] // notices here would be of terms ending past the calendar
    [InlineData("9998-02-01", "9999-12-31", new[] { AgendaEntryKind.TermEndNotice, AgendaEntryKind.TermEnds })] // boundary: the window's end moved by the notice is past the calendar
    public void A_window_at_the_calendar_s_end_is_answered_with_the_notices_the_calendar_can_hold(string first, string last, AgendaEntryKind[] kinds)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(1).SignedOn(9998, 6, 1));

        var agenda = register.AgendaOf(Seed.Gyeonggi, Window(first, last));

        agenda.Where(entry => entry.Kind != AgendaEntryKind.Anniversary).Select(entry => entry.Kind).Should().Equal(kinds);
    }

    [Fact]
    public void The_home_s_delegations_out_and_in_are_on_the_agenda_for_each_of_their_days()
    {
        var register = SeedRegister.Empty();
        var outbound = Trips.GyeonggiToChina();
        var inbound = Trips.ShanghaiToGyeonggi();
        register.Record(outbound);
        register.Record(inbound);

        var agenda = register.AgendaOf(Seed.Gyeonggi, Trips.Year2025);

        agenda.Select(entry => (entry.Kind, entry.Days, entry.Delegation)).Should().Equal(
            (AgendaEntryKind.Delegation, Window("2025-09-22", "2025-09-26"), outbound),
            (AgendaEntryKind.Delegation, Window("2025-11-10", "2025-11-12"), inbound));
    }

    [Fact]
    public void Delegations_of_a_place_inside_the_home_are_on_its_agenda_and_those_of_another_home_are_not()
    {
        var register = SeedRegister.Empty();
        register.Record(Delegation.PlanOutbound(
            new DelegationId("SW-2025"), Seed.Suwon, "Visit", Trips.Governor, Trips.At(2025, 5, 1, 9, 0), Trips.At(2025, 5, 2, 18, 0)));

        register.AgendaOf(Seed.Gyeonggi, Trips.Year2025).Should().ContainSingle(entry => entry.Delegation!.Id.Value == "SW-2025");
        register.AgendaOf(Seed.Shanghai, Trips.Year2025).Should().BeEmpty();
    }

    [Fact]
    public void A_commitment_is_on_the_agenda_on_its_due_day_whether_open_kept_or_dropped()
    {
        var register = SeedRegister.Empty();
        var trip = Trips.GyeonggiToChina();
        var open = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send an invitation", PartialDate.On(D("2025-10-15")));
        var kept = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Designate contact persons", PartialDate.On(D("2025-10-15")));
        trip.CompleteCommitment(kept.Number, D("2025-10-01"));
        register.Record(trip);

        var due = register.AgendaOf(Seed.Gyeonggi, Window("2025-10-01", "2025-10-31"));

        due.Select(entry => (entry.Kind, entry.Days.Start, entry.Commitment)).Should().Equal(
            (AgendaEntryKind.CommitmentDue, D("2025-10-15"), open), (AgendaEntryKind.CommitmentDue, D("2025-10-15"), kept));
    }

    [Theory]
    [InlineData("2025-11-01", "2025-11-30", true)]
    [InlineData("2025-11-15", "2025-12-31", false)] // the window holds only some of the days it may be due on
    public void A_commitment_due_in_a_month_covers_the_month_and_is_certain_only_when_the_window_holds_all_of_it(string first, string last, bool certain)
    {
        var register = SeedRegister.Empty();
        var trip = Trips.GyeonggiToChina();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));
        register.Record(trip);

        var entry = register.AgendaOf(Seed.Gyeonggi, Window(first, last)).Should().ContainSingle().Subject;

        entry.Should().BeEquivalentTo(new { Kind = AgendaEntryKind.CommitmentDue, Days = Window("2025-11-01", "2025-11-30"), IsCertain = certain });
    }

    [Fact]
    public void A_commitment_with_no_due_day_known_has_no_days_and_is_left_out()
    {
        var register = SeedRegister.Empty();
        var trip = Trips.GyeonggiToChina();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Keep in touch", PartialDate.Unknown);
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Reply", PartialDate.OnOrBefore(D("2025-12-31")));
        register.Record(trip);

        register.AgendaOf(Seed.Gyeonggi, new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue))
            .Should().OnlyContain(entry => entry.Kind == AgendaEntryKind.Delegation);
    }

    [Fact]
    public void The_agenda_reads_by_first_day_then_kind_then_id_then_commitment_number()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2024, 9, 22));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2024, 9, 22));
        var second = Trips.GyeonggiToChina("GG-2025-B");
        var first = Trips.GyeonggiToChina("GG-2025-A");
        var later = second.Commit(Seed.Gyeonggi, Seed.Shanghai, "Second", PartialDate.On(D("2025-09-22")));
        var earlier = first.Commit(Seed.Gyeonggi, Seed.Shanghai, "First", PartialDate.On(D("2025-09-22")));
        var alsoEarlier = first.Commit(Seed.Gyeonggi, Seed.Beijing, "Also first", PartialDate.On(D("2025-09-22")));
        register.Record(second);
        register.Record(first);

        var agenda = register.AgendaOf(Seed.Gyeonggi, Window("2025-09-22", "2025-09-22"));

        agenda.Select(entry => (entry.Kind, entry.Agreement?.Id.Value ?? entry.Delegation!.Id.Value, entry.Commitment)).Should().Equal(
            (AgendaEntryKind.Anniversary, "GG-BJ", (Commitment?)null),
            (AgendaEntryKind.Anniversary, "GG-SH", null),
            (AgendaEntryKind.CommitmentDue, "GG-2025-A", earlier),
            (AgendaEntryKind.CommitmentDue, "GG-2025-A", alsoEarlier),
            (AgendaEntryKind.CommitmentDue, "GG-2025-B", later),
            (AgendaEntryKind.Delegation, "GG-2025-A", null),
            (AgendaEntryKind.Delegation, "GG-2025-B", null));
    }

    [Fact]
    public void A_home_s_agenda_refuses_a_missing_home_or_window()
    {
        var register = SeedRegister.Empty();

        FluentActions.Invoking(() => register.AgendaOf(null!, Trips.Year2025)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => register.AgendaOf(Seed.Gyeonggi, null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("P-1Y")]
    [InlineData("P-1M")]
    [InlineData("P-1W")]
    [InlineData("P-1D")]
    [InlineData("PT12H")]
    public void A_notice_is_a_length_of_days_weeks_months_or_years_none_of_them_negative(string notice)
    {
        var register = SeedRegister.Empty();

        FluentActions.Invoking(() => register.AgendaOf(Seed.Gyeonggi, Trips.Year2025, NodaTime.Text.PeriodPattern.Roundtrip.Parse(notice).Value))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("termNotice");
    }

    [Fact]
    public void A_notice_of_no_length_falls_on_the_term_s_last_day()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25));

        var agenda = register.AgendaOf(Seed.Gyeonggi, Window("2028-09-24", "2028-09-24"), Period.Zero);

        agenda.Select(entry => (entry.Kind, entry.Days.Start)).Should().Equal((AgendaEntryKind.TermEndNotice, D("2028-09-24")), (AgendaEntryKind.TermEnds, D("2028-09-24")));
    }
}
