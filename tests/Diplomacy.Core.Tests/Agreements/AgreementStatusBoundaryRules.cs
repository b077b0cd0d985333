using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>The boundaries of status on a date: the day an event takes effect, the ends of a term, renewal, resumption, same-day events.</summary>
public sealed class AgreementStatusBoundaryRules
{
    [Theory]
    [InlineData("2025-09-24", AgreementStatus.None)]
    [InlineData("2025-09-25", AgreementStatus.InForce)] // boundary: the signing day itself
    public void A_signed_agreement_with_no_separate_entry_into_force_is_in_force_from_the_signing_day(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2020-02-29", AgreementStatus.InForce)]
    [InlineData("2020-03-01", AgreementStatus.Suspended)] // boundary: an event takes effect on its own day
    public void An_event_takes_effect_on_its_own_day(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2019, 5, 1);

        mou.Suspend(new LocalDate(2020, 3, 1), SuspensionReason.Pandemic);

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2028-09-24", AgreementStatus.InForce)] // boundary: the last day of the term is inside it
    [InlineData("2028-09-25", AgreementStatus.Expired)] // boundary: expired a whole term after the effective day
    public void The_last_day_of_a_term_is_inside_it(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-12-31", AgreementStatus.InForce)] // the last day of a term counted from the entry into force
    [InlineData("2027-01-01", AgreementStatus.Expired)] // boundary
    public void A_term_runs_from_the_entry_into_force_not_from_the_signing(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).ForYears(1).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.EnterIntoForce(new LocalDate(2026, 1, 1));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-12-31", AgreementStatus.NotYetInForce)]
    [InlineData("2026-01-01", AgreementStatus.InForce)] // boundary
    public void An_agreement_signed_to_enter_into_force_later_is_not_yet_in_force_until_it_does(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.EnterIntoForce(new LocalDate(2026, 1, 1));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2028-09-25")] // the day a fixed term would have ended
    [InlineData("2100-01-01")]
    [InlineData("9999-12-31")]
    public void A_term_that_renews_itself_never_expires(string day)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYearsRenewingAutomatically(3).SignedOn(2025, 9, 25);

        mou.StatusOn(D(day)).Should().Be(AgreementStatus.InForce);
    }

    [Theory]
    [InlineData("2025-09-25", "2028-09-24")]
    [InlineData("2028-09-24", "2028-09-24")] // the last day of the first term
    [InlineData("2028-09-25", "2031-09-24")] // boundary: the first day of the second term
    [InlineData("2040-01-01", "2040-09-24")]
    public void A_term_that_renews_itself_is_extended_by_whole_terms_counted_from_its_first_day(string day, string lastDayOfTerm)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYearsRenewingAutomatically(3).SignedOn(2025, 9, 25);

        mou.TermEndsOn(D(day)).Should().Be(D(lastDayOfTerm));
    }

    [Fact]
    public void Successive_monthly_terms_are_anchored_at_the_first_day_so_month_ends_do_not_drift()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(new AgreementTerm(Period.FromMonths(1), renewsAutomatically: true)).SignedOn(2025, 1, 31);

        mou.TermEndsOn(new LocalDate(2025, 3, 15)).Should().Be(new LocalDate(2025, 3, 30));
    }

    [Theory]
    [InlineData("P1Y6M", "2025-09-25", "2030-01-01", "2030-03-24")] // the third term: years and months both count
    [InlineData("P2W3D", "2025-09-25", "2025-11-01", "2025-11-14")] // the third term: weeks and days both count
    [InlineData("P1M", "2025-01-31", "2028-01-15", "2028-01-30")] // 29 days in the first term (through 28 February), about 30 in later ones
    public void A_term_of_any_length_that_renews_itself_ends_a_whole_number_of_terms_after_its_first_day(
        string length, string signingDay, string day, string lastDayOfTerm)
    {
        var term = new AgreementTerm(NodaTime.Text.PeriodPattern.Roundtrip.Parse(length).Value, renewsAutomatically: true);
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(term).SignedOn(D(signingDay));

        mou.TermEndsOn(D(day)).Should().Be(D(lastDayOfTerm));
    }

    [Theory]
    [InlineData(false, "9998-01-01", "9998-06-01", null)] // a fixed term that would end in 10002
    [InlineData(true, "9998-01-01", "9998-06-01", null)] // its first term already runs past the calendar
    [InlineData(true, "9990-01-01", "9998-06-01", "9998-12-31")] // the last term that ends inside the calendar
    [InlineData(true, "9990-01-01", "9999-06-01", null)] // boundary: the next one would end in 10001
    public void A_term_that_runs_to_the_calendar_s_end_has_no_end_date_and_keeps_the_agreement_in_force(
        bool renews, string signingDay, string day, string? lastDayOfTerm)
    {
        var term = new AgreementTerm(renews ? Period.FromYears(3) : Period.FromYears(5), renews);
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(term).SignedOn(D(signingDay));

        mou.TermEndsOn(D(day)).Should().Be(lastDayOfTerm is null ? null : D(lastDayOfTerm));
        mou.StatusOn(LocalDate.MaxIsoValue).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void The_status_timeline_gives_each_status_from_its_first_day_to_the_day_before_the_next()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);
        mou.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic);

        mou.StatusTimeline.Select(span => (span.From, span.To, span.Status, span.Kind, span.Possibilities.IsCertain)).Should().Equal(
            (LocalDate.MinIsoValue, D("2025-09-24"), AgreementStatus.None, AgreementKind.CooperationMemorandum, true),
            (D("2025-09-25"), D("2026-02-28"), AgreementStatus.InForce, AgreementKind.CooperationMemorandum, true),
            (D("2026-03-01"), D("2028-09-24"), AgreementStatus.Suspended, AgreementKind.CooperationMemorandum, true),
            (D("2028-09-25"), (LocalDate?)null, AgreementStatus.Expired, AgreementKind.CooperationMemorandum, true));
    }

    [Theory]
    [InlineData("2028-09-24", "2028-09-24")]
    [InlineData("2028-09-25", null)] // expired: no term is running
    [InlineData("2025-09-24", null)] // not yet signed
    public void The_end_of_a_fixed_term_is_its_last_day_while_it_runs(string day, string? lastDayOfTerm)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);

        mou.TermEndsOn(D(day)).Should().Be(lastDayOfTerm is null ? null : D(lastDayOfTerm));
    }

    [Fact]
    public void An_agreement_without_a_term_has_no_term_end()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        mou.TermEndsOn(new LocalDate(2030, 1, 1)).Should().BeNull();
    }

    [Theory]
    [InlineData("2022-12-31", AgreementStatus.Suspended)]
    [InlineData("2023-01-01", AgreementStatus.Expired)] // boundary: the term ran out during the suspension
    [InlineData("2025-09-23", AgreementStatus.Expired)] // resumed, but the term had run out
    public void Resuming_after_the_term_ran_out_leaves_the_agreement_expired(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(2020, 1, 1);
        mou.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);

        mou.Resume(new LocalDate(2025, 9, 23));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-09-22", AgreementStatus.Expired)]
    [InlineData("2025-09-23", AgreementStatus.InForce)] // boundary: revived from the renewal's day
    [InlineData("2028-09-22", AgreementStatus.InForce)] // the last day of the new term
    [InlineData("2028-09-23", AgreementStatus.Expired)]
    public void A_renewal_revives_an_expired_agreement_from_its_day_for_a_new_term(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(2019, 1, 1);

        mou.Renew(new LocalDate(2025, 9, 23), AgreementTerm.OfYears(3));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void A_renewal_does_not_lift_a_suspension()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(2019, 1, 1);
        mou.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);

        mou.Renew(new LocalDate(2021, 12, 1), AgreementTerm.OfYears(3));

        mou.StatusOn(new LocalDate(2023, 6, 1)).Should().Be(AgreementStatus.Suspended);
    }

    [Theory]
    [InlineData(true, AgreementStatus.InForce)]
    [InlineData(false, AgreementStatus.Suspended)]
    public void Events_on_the_same_day_apply_in_the_order_recorded(bool suspendedFirst, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2019, 1, 1);
        var day = new LocalDate(2020, 2, 1);
        if (suspendedFirst)
        {
            mou.Suspend(day, SuspensionReason.Other);
            mou.Resume(day);
        }
        else
        {
            mou.Suspend(new LocalDate(2020, 1, 1), SuspensionReason.Other);
            mou.Resume(day);
            mou.Suspend(day, SuspensionReason.Political);
        }

        mou.StatusOn(day).Should().Be(expected);
    }

    [Theory]
    [InlineData("2018-05-18", AgreementKind.Friendship)]
    [InlineData("2018-05-19", AgreementKind.SisterCity)] // boundary: the deeper kind from the upgrade's day
    [InlineData("2030-01-01", AgreementKind.SisterCity)]
    public void After_an_upgrade_the_deeper_kind_is_in_force_from_the_upgrade_day(string day, AgreementKind expected)
    {
        var tie = A.FriendshipBetween(Seed.Suwon, Seed.Tianjin).SignedOn(2005, 3, 1);

        tie.Upgrade(new LocalDate(2018, 5, 19), AgreementKind.SisterCity);

        tie.KindOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void The_kind_before_the_signing_is_the_kind_signed_since_status_tells_whether_the_tie_existed()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        mou.KindOn(new LocalDate(2000, 1, 1)).Should().Be(AgreementKind.CooperationMemorandum);
    }

    [Fact]
    public void A_non_ISO_date_is_read_as_the_same_day_in_the_ISO_calendar()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);
        var signingDayInJulian = new LocalDate(2025, 9, 25).WithCalendar(CalendarSystem.Julian);

        mou.StatusOn(signingDayInJulian).Should().Be(AgreementStatus.InForce);
    }
}
