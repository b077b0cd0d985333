using Diplomacy.Core.Calendar;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>The anniversaries in a window are those of ties not ended on the anniversary, both window ends included; one of a signing known in part is certain or possible.</summary>
public sealed class AnniversaryWindowRules
{
    [Theory]
    [InlineData("2025-05-01", "2025-05-31", 1)]
    [InlineData("2025-05-15", "2025-05-15", 1)] // a window of one day: the anniversary day itself
    [InlineData("2025-05-16", "2025-12-31", 0)] // starts the day after
    [InlineData("2025-01-01", "2025-05-14", 0)] // ends the day before
    public void The_thirtieth_anniversary_of_a_1995_tie_falls_in_a_window_holding_its_day(string start, string end, int found)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 5, 15));

        var anniversaries = register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        anniversaries.Select(row => row.Number).Should().Equal(Enumerable.Repeat(30, found));
    }

    [Fact]
    public void Anniversaries_on_the_same_day_are_listed_by_agreement_id()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(1995, 5, 15));
        register.Add(A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2005, 5, 15));

        var anniversaries = register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-05-01"), Dates.D("2025-05-31")));

        anniversaries.Select(row => row.Agreement.Id.Value).Should().Equal("GG-BJ", "GG-SH");
    }

    [Fact]
    public void A_window_of_several_years_holds_each_anniversary()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 5, 15));

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2024-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.Number).Should().Equal(29, 30, 31);
    }

    [Fact]
    public void A_tie_signed_on_an_unknown_day_or_ended_before_the_anniversary_has_none()
    {
        var register = SeedRegister.Empty();
        register.Add(SeedRegister.TianjinMou());
        var ended = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(1995, 5, 15);
        ended.Terminate(new LocalDate(2020, 1, 1), Seed.Shanghai, "Dissolved");
        register.Add(ended);

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-01-01"), Dates.D("2026-12-31"))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2023-10-01", "2023-10-31", true)] // boundary: the window is exactly the month it falls in
    [InlineData("2023-01-01", "2023-12-31", true)]
    [InlineData("2023-10-02", "2023-12-31", false)] // boundary: the window misses its first possible day
    [InlineData("2023-09-01", "2023-10-30", false)] // boundary: the window misses its last possible day
    [InlineData("2023-10-15", "2023-10-15", false)]
    public void The_thirtieth_anniversary_of_a_tie_signed_in_October_1993_falls_in_October_2023_certainly_or_possibly(string start, string end, bool certain)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InMonth(1993, 10)));

        var anniversaries = register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        anniversaries.Should().ContainSingle().Which.Should().Be(
            new TieAnniversary(anniversaries[0].Agreement, 30, PartialDate.InMonth(2023, 10), certain));
    }

    [Theory]
    [InlineData("2023-09-01", "2023-09-30")] // boundary: ends the day before the month it may fall in
    [InlineData("2023-11-01", "2023-12-31")] // boundary: starts the day after
    public void A_window_that_cannot_hold_the_anniversary_of_a_signing_known_to_the_month_does_not_list_it(string start, string end)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InMonth(1993, 10)));

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end))).Should().BeEmpty();
    }

    [Fact]
    public void An_anniversary_is_only_possible_when_the_tie_may_have_ended_before_it()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 5, 15);
        tie.Terminate(PartialDate.InYear(2025), Seed.Shanghai, "Dissolved");
        register.Add(tie);

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-05-01"), Dates.D("2025-05-31")))
            .Should().ContainSingle().Which.IsCertain.Should().BeFalse();
    }

    [Fact]
    public void A_tie_signed_in_a_known_year_has_its_anniversaries_in_that_year_n_years_on()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InYear(1993));

        tie.AnniversaryFallsOn(30).Should().Be(PartialDate.InYear(2023));
        tie.Anniversary(30).Should().BeNull();
    }

    [Fact]
    public void A_tie_signed_between_two_days_has_its_anniversary_between_those_days_n_years_on_with_the_29_February_rule()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.Between(new LocalDate(2000, 2, 20), new LocalDate(2000, 2, 29)));

        tie.AnniversaryFallsOn(1).Should().Be(PartialDate.Between(new LocalDate(2001, 2, 20), new LocalDate(2001, 2, 28)));
    }

    [Fact]
    public void An_undated_tie_signed_on_or_before_a_day_has_no_anniversaries_to_list()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.OnOrBefore(new LocalDate(2016, 5, 1)));
        register.Add(tie);

        tie.AnniversaryFallsOn(10).Should().BeNull();
        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2000-01-01"), Dates.D("2030-12-31"))).Should().BeEmpty();
    }

    [Fact]
    public void The_anniversary_of_a_signing_in_the_last_years_of_the_calendar_is_not_counted_past_it()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.Between(new LocalDate(9997, 6, 1), new LocalDate(9998, 6, 1))));

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("9999-01-01"), LocalDate.MaxIsoValue))
            .Select(row => row.Number).Should().Equal(1);
    }
}
