using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A term ends in a window when its last day falls in it, both window ends included; a last day known in part ends in it certainly or possibly.</summary>
public sealed class TermEndingRules
{
    [Theory]
    [InlineData("2027-09-22", "2027-09-22", true)] // the last day of a two-year term signed 2025-09-23
    [InlineData("2027-09-23", "2027-12-31", false)] // the day it is expired already
    [InlineData("2027-01-01", "2027-09-21", false)]
    [InlineData("2025-01-01", "2030-01-01", true)]
    public void A_fixed_term_ends_on_the_day_before_its_length_has_run(string start, string end, bool found)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(2).SignedOn(2025, 9, 23));

        var endings = register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        endings.Select(row => row.LastDay).Should().Equal(found ? [Dates.D("2027-09-22")] : Array.Empty<PartialDate>());
        endings.Where(row => !row.IsCertain).Should().BeEmpty();
    }

    [Fact]
    public void A_term_that_renews_itself_ends_once_in_each_of_its_terms()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYearsRenewingAutomatically(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-01-01"), Dates.D("2028-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-09-22"), Dates.D("2027-09-22"), Dates.D("2028-09-22"));
    }

    [Fact]
    public void A_tie_signed_inside_the_window_has_its_term_end_found()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-09-22"));
    }

    [Fact]
    public void Terms_ending_on_the_same_day_are_listed_by_agreement_id()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").ForYears(1).SignedOn(2025, 9, 23));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ").ForYears(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.Agreement.Id.Value).Should().Equal("GG-CQ", "GG-SH");
    }

    [Fact]
    public void A_term_until_a_stated_day_ends_on_that_day_though_its_signing_day_is_known_only_to_the_month()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithTerm(AgreementTerm.Until(new LocalDate(2026, 12, 31))).SignedOn(PartialDate.InMonth(2025, 3)));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-12-01"), Dates.D("2026-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-12-31"));
    }

    [Theory]
    [InlineData("2028-08-31", "2028-09-29", true)] // boundary: the window is exactly the days the term may end on
    [InlineData("2028-09-01", "2028-09-29", false)] // boundary: misses the first possible last day
    [InlineData("2028-08-31", "2028-09-28", false)] // boundary: misses the last possible last day
    public void The_last_day_of_a_term_signed_in_a_known_month_is_known_in_part_and_ends_certainly_or_possibly_in_a_window(string start, string end, bool certain)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9)));

        var endings = register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        endings.Should().ContainSingle().Which.Should().Be(
            new TermEnding(endings[0].Agreement, PartialDate.Between(Dates.D("2028-08-31"), Dates.D("2028-09-29")), certain));
    }

    [Theory]
    [InlineData("2028-01-01", "2028-08-30")] // boundary: ends the day before its first possible last day
    [InlineData("2028-09-30", "2028-12-31")] // boundary: starts the day after its last possible last day
    public void A_window_that_cannot_hold_the_last_day_of_a_term_known_in_part_does_not_list_it(string start, string end)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9)));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2028-10-01", true)] // boundary: terminated after its last possible last day: the term certainly ran out first
    [InlineData("2028-09-29", false)] // terminated on its last possible last day: the term may have run out first
    [InlineData("2028-09-01", false)]
    public void A_term_known_in_part_that_may_be_terminated_before_it_runs_out_only_may_end(string terminated, bool certain)
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));
        mou.Terminate(Dates.D(terminated), Seed.Chongqing, "Ended");
        register.Add(mou);

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2028-01-01"), Dates.D("2028-12-31")))
            .Should().ContainSingle().Which.IsCertain.Should().Be(certain);
    }

    [Fact]
    public void A_term_known_in_part_that_is_certainly_renewed_before_it_could_run_out_does_not_end()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));
        mou.Renew(Dates.D("2028-08-31"), AgreementTerm.OfYears(3));
        register.Add(mou);

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2028-01-01"), Dates.D("2028-12-31"))).Should().BeEmpty();
    }

    [Fact]
    public void A_term_suspended_meanwhile_still_ends_known_in_part()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));
        mou.Suspend(Dates.D("2027-01-01"), SuspensionReason.Political);
        register.Add(mou);

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2028-01-01"), Dates.D("2028-12-31")))
            .Should().ContainSingle().Which.IsCertain.Should().BeTrue();
    }

    [Fact]
    public void A_term_from_a_start_with_an_open_bound_has_no_end_to_list()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.OnOrBefore(new LocalDate(2025, 9, 1))));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2000-01-01"), Dates.D("2030-12-31"))).Should().BeEmpty();
    }

    [Fact]
    public void A_term_known_in_part_whose_latest_end_falls_past_the_calendar_has_no_end_to_list()
    {
        // Signed some day of 9989 for ten years and a half: the earliest last day is in 9999, the latest past the calendar's end.
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing)
            .WithTerm(new AgreementTerm(Period.FromYears(10) + Period.FromMonths(6)))
            .SignedOn(PartialDate.InYear(9989)));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("9999-01-01"), LocalDate.MaxIsoValue)).Should().BeEmpty();
    }
}
