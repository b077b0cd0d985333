using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>
/// The statistics count a pair of parties only while both are bound, and never guess: what only could count stays
/// apart, whatever the optimistic count of a coverage says, and an upgrade nobody can date is an uncertain change.
/// </summary>
public sealed class StatisticsNeverGuessRules
{
    private static Register Trilateral(PartialDate withdrawn, Region leaving)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).WithId("TRI").SignedOn(2000, 1, 1);
        tie.Withdraw(withdrawn, leaving, "regional reorganisation");
        register.Add(tie);
        return register;
    }

    [Theory]
    [InlineData("2009-12-31", 2)]
    [InlineData("2010-01-01", 1)] // boundary: the withdrawal's day
    public void A_partner_that_withdrew_is_no_longer_counted_from_its_withdrawal_day(string day, int counted)
    {
        var register = Trilateral(new LocalDate(2010, 1, 1), Seed.Beijing);

        var statistics = register.StatisticsOn(Seed.Gyeonggi, Dates.D(day));

        statistics.Counted.Count.Should().Be(counted);
        statistics.Counted.Partners.Should().Contain(Seed.Shanghai);
    }

    [Fact]
    public void A_home_that_withdrew_counts_no_tie_through_that_agreement()
    {
        var register = Trilateral(new LocalDate(2010, 1, 1), Seed.Gyeonggi);

        register.StatisticsOn(Seed.Gyeonggi, new LocalDate(2010, 1, 1)).Counted.Count.Should().Be(0);
        register.StatisticsOn(Seed.Shanghai, new LocalDate(2010, 1, 1)).Counted.Partners.Should().Equal(Seed.Beijing);
    }

    [Theory]
    [InlineData("2010-06-01", 1, 1)] // Beijing may have withdrawn: its pair is counted apart
    [InlineData("2010-12-31", 1, 0)] // boundary: certainly withdrawn on the latest day
    public void A_pair_whose_withdrawal_is_dated_in_part_is_counted_apart_between_its_bounds(string day, int counted, int uncertain)
    {
        var register = Trilateral(PartialDate.InYear(2010), Seed.Beijing);

        var statistics = register.StatisticsOn(Seed.Gyeonggi, Dates.D(day));

        statistics.Counted.Count.Should().Be(counted);
        statistics.Uncertain.Count.Should().Be(uncertain);
    }

    [Fact]
    public void The_statistics_keep_an_uncertain_tie_apart_even_under_the_optimistic_count()
    {
        var register = Trilateral(PartialDate.InYear(2010), Seed.Beijing);
        var optimistic = CoverageCriteria.Default with { CountUncertainAsCovered = true };

        var statistics = register.StatisticsOn(Seed.Gyeonggi, new LocalDate(2010, 6, 1), optimistic);

        statistics.Counted.Partners.Should().Equal(Seed.Shanghai);
        statistics.Uncertain.Partners.Should().Equal(Seed.Beijing);
        register.CountCovered(Seed.Gyeonggi, Cohort.Of("municipalities", Seed.ChineseMunicipalities), new LocalDate(2010, 6, 1), optimistic)
            .Covered.Should().Be(2, "the optimistic coverage counts what the statistics keep apart");
    }

    [Fact]
    public void A_tie_counted_on_both_dates_whose_upgrade_falls_between_unknown_days_is_an_uncertain_change()
    {
        var register = SeedRegister.Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 5, 1);
        tie.Upgrade(PartialDate.InYear(2010), AgreementKind.SisterCity);
        register.Add(tie);

        var changes = register.ChangesBetween(Seed.Gyeonggi, new LocalDate(2005, 1, 1), new LocalDate(2010, 6, 1));

        changes.Upgraded.Count.Should().Be(0);
        changes.Uncertain.Should().Be(1);
        register.ChangesBetween(Seed.Gyeonggi, new LocalDate(2005, 1, 1), new LocalDate(2011, 1, 1)).Upgraded.Count.Should().Be(1);
    }
}
