using Diplomacy.Core.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A coverage over time lists the days on which the coverage changed and its value from each until the next.</summary>
public sealed class CoverageTimelineRules
{
    [Fact]
    public void The_seed_timeline_is_uncertain_then_one_two_and_three_of_four()
    {
        var timeline = SeedRegister.WithTheSeedMous().CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.Periods.Select(period => (period.From, period.To, period.Coverage.Tally)).Should().Equal(
            (LocalDate.MinIsoValue, Dates.D("2025-09-21"), new CoverageCount(0, 1, 4)),
            (Dates.D("2025-09-22"), Dates.D("2025-09-22"), new CoverageCount(1, 0, 4)),
            (Dates.D("2025-09-23"), Dates.D("2025-09-24"), new CoverageCount(2, 0, 4)),
            (Dates.D("2025-09-25"), (LocalDate?)null, new CoverageCount(3, 0, 4)));
    }

    [Fact]
    public void Before_the_first_tie_every_member_is_missing_and_the_timeline_starts_on_the_first_signing()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2025, 9, 23));

        var timeline = register.CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.Changes.Should().Equal(Dates.D("2025-09-23"));
        timeline.On(Dates.D("2025-09-22")).Tally.Should().Be(new CoverageCount(0, 0, 4));
        timeline.On(Dates.D("2030-01-01")).ToString().Should().Be("1 of 4");
    }

    [Fact]
    public void A_tie_that_ends_brings_the_coverage_down_on_its_last_days_next_day()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(2).SignedOn(2020, 3, 1));

        var timeline = register.CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.Periods.Select(period => (period.From, period.To, period.Coverage.Count)).Should().Equal(
            (Dates.D("2020-03-01"), Dates.D("2022-02-28"), 1),
            (Dates.D("2022-03-01"), (LocalDate?)null, 0)); // expired from the day after the term's last day
    }

    [Fact]
    public void A_tie_in_force_from_the_first_day_of_the_calendar_starts_the_timeline_on_that_day()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(LocalDate.MinIsoValue));

        var timeline = register.CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.Periods.Select(period => (period.From, period.To, period.Coverage.Count)).Should().Equal(
            (LocalDate.MinIsoValue, (LocalDate?)null, 1));
    }

    [Fact]
    public void The_timeline_reads_as_one_period_a_line_with_an_open_end_left_blank()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(2).SignedOn(2020, 3, 1));

        var timeline = register.CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.ToString().Should().Be($"2020-03-01..2022-02-28: 1 of 4{Environment.NewLine}2022-03-01..: 0 of 4");
    }

    [Fact]
    public void A_home_with_no_ties_has_an_empty_timeline()
    {
        var timeline = SeedRegister.Empty().CoverageOverTime(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities);

        timeline.Periods.Should().BeEmpty();
        timeline.On(Dates.D("2025-09-26")).ToString().Should().Be("0 of 4");
    }
}
