using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// The register's questions see that a party that withdrew is no longer bound from the withdrawal's day, while the
/// others keep covering each other.
/// </summary>
public sealed class WithdrawnPartyRules
{
    private static readonly Cohort Municipalities = Cohort.Of("municipalities", Seed.ChineseMunicipalities);

    private static (Register Register, Agreement Tie) Trilateral(PartialDate withdrawn, Region leaving)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).WithId("TRI").SignedOn(2000, 1, 1);
        tie.Withdraw(withdrawn, leaving, "regional reorganisation");
        register.Add(tie);
        return (register, tie);
    }

    [Theory]
    [InlineData("2009-12-31", CoverageOutcome.Covered)]
    [InlineData("2010-01-01", CoverageOutcome.Missing)] // boundary: the withdrawal's day
    public void A_member_that_withdrew_is_no_longer_covered_while_the_others_are(string day, CoverageOutcome beijing)
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Beijing);

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D(day));

        coverage.Members.Single(member => member.Region == Seed.Beijing).Outcome.Should().Be(beijing);
        coverage.Members.Single(member => member.Region == Seed.Shanghai).Outcome.Should().Be(CoverageOutcome.Covered);
        register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D(day)).Covered.Should().Be(beijing == CoverageOutcome.Covered ? 2 : 1);
    }

    [Fact]
    public void A_home_that_withdrew_covers_nobody_through_that_tie()
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Gyeonggi);

        register.CountCovered(Seed.Gyeonggi, Municipalities, new LocalDate(2010, 1, 1)).Covered.Should().Be(0);
        register.CountCovered(Seed.Gyeonggi, Municipalities, new LocalDate(2009, 12, 31)).Covered.Should().Be(2);
    }

    [Fact]
    public void The_remaining_parties_keep_covering_each_other()
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Gyeonggi);

        register.Coverage(Seed.Shanghai, Municipalities, new LocalDate(2011, 1, 1))
            .Members.Single(member => member.Region == Seed.Beijing).Outcome.Should().Be(CoverageOutcome.Covered);
    }

    [Theory]
    [InlineData("2009-12-31", CoverageOutcome.Covered)] // before the earliest day
    [InlineData("2010-01-01", CoverageOutcome.Uncertain)] // boundary: may have withdrawn
    [InlineData("2010-12-30", CoverageOutcome.Uncertain)]
    [InlineData("2010-12-31", CoverageOutcome.Missing)] // boundary: certainly withdrawn on the latest day
    public void A_withdrawal_dated_in_part_leaves_the_member_uncertain_between_its_bounds(string day, CoverageOutcome beijing)
    {
        var (register, _) = Trilateral(PartialDate.InYear(2010), Seed.Beijing);

        register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D(day))
            .Members.Single(member => member.Region == Seed.Beijing).Outcome.Should().Be(beijing);
    }

    [Theory]
    [InlineData("2009-12-31", 2)]
    [InlineData("2010-06-01", 0)] // the home may have withdrawn: every member uncertain
    [InlineData("2010-12-31", 0)]
    public void A_home_whose_withdrawal_is_dated_in_part_covers_uncertainly_between_its_bounds(string day, int covered)
    {
        var (register, _) = Trilateral(PartialDate.InYear(2010), Seed.Gyeonggi);

        var count = register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D(day));

        count.Covered.Should().Be(covered);
        count.Uncertain.Should().Be(Dates.D(day) == new LocalDate(2010, 6, 1) ? 2 : 0);
    }

    [Theory]
    [InlineData("2009-12-31", 2)]
    [InlineData("2010-01-01", 1)] // boundary: the withdrawal's day
    public void The_partners_on_a_date_leave_out_a_party_that_withdrew(string day, int partners)
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Beijing);

        register.PartnersOn(Seed.Gyeonggi, Dates.D(day)).Should().HaveCount(partners);
        register.PartnersOn(Seed.Beijing, Dates.D(day)).Should().HaveCount(partners == 2 ? 2 : 0);
    }

    [Fact]
    public void A_party_that_withdrew_is_not_a_dormant_partner()
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Beijing);

        register.DormantTies(Seed.Gyeonggi, new LocalDate(2015, 1, 1), Period.FromYears(2))
            .Select(row => row.Partner).Should().Equal(Seed.Shanghai);
    }

    [Fact]
    public void The_coverage_over_time_changes_on_the_withdrawal_day()
    {
        var (register, _) = Trilateral(new LocalDate(2010, 1, 1), Seed.Beijing);

        var timeline = register.CoverageOverTime(Seed.Gyeonggi, Municipalities);

        timeline.On(new LocalDate(2009, 12, 31)).Covered.Should().HaveCount(2);
        timeline.On(new LocalDate(2010, 1, 1)).Covered.Should().HaveCount(1);
    }

    [Fact]
    public void The_register_answers_follow_an_event_learned_late_and_a_retraction()
    {
        var register = SeedRegister.WithTheSeedMous();
        var shanghai = register.Find(new AgreementId("GG-SH"))!;

        shanghai.Suspend(new LocalDate(2025, 10, 1), SuspensionReason.Political);
        register.PartnersOn(Seed.Gyeonggi, new LocalDate(2025, 10, 2)).Should().NotContain(Seed.Shanghai);

        shanghai.Retract(shanghai.History[^1], "misreported");
        register.PartnersOn(Seed.Gyeonggi, new LocalDate(2025, 10, 2)).Should().Contain(Seed.Shanghai);
    }

    [Fact]
    public void A_tie_with_two_parties_on_the_home_side_covers_while_either_is_bound()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Suwon, Seed.Shanghai, Seed.Beijing).WithId("FOUR").SignedOn(2000, 1, 1);
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");
        register.Add(tie);
        var criteria = CoverageCriteria.Default with { IncludeHomeSubregions = true };

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, new LocalDate(2011, 1, 1), criteria);

        coverage.Members.Single(member => member.Region == Seed.Shanghai).Outcome.Should().Be(CoverageOutcome.Covered);
        coverage.Members.Single(member => member.Region == Seed.Beijing).Outcome.Should().Be(CoverageOutcome.Missing);
    }
}
