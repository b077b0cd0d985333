using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>
/// A member is covered when every possible status and kind of a tie is admitted, uncertain when some are, missing
/// when none are; an optimistic count counts the uncertain ones as covered.
/// </summary>
public sealed class CoverageByPossibilitiesRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    private static readonly LocalDate MidYear = Dates.D("2010-06-01");

    [Fact]
    public void A_tie_certainly_in_force_whose_upgrade_date_is_a_range_covers_under_criteria_that_admit_every_kind()
    {
        var register = WithUpgradeIn2010();

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, MidYear);

        coverage.Covered.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
        coverage.Uncertain.Should().BeEmpty();
    }

    [Fact]
    public void A_tie_certainly_in_force_whose_upgrade_date_is_a_range_is_uncertain_under_criteria_that_admit_only_the_deeper_kind()
    {
        var register = WithUpgradeIn2010();
        var sisterTiesOnly = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] };

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, MidYear, sisterTiesOnly);

        coverage.Count.Should().Be(0);
        coverage.Uncertain.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_tie_in_force_or_suspended_covers_when_the_criteria_admit_both_and_is_uncertain_when_they_admit_one()
    {
        var register = WithSuspensionIn(PartialDate.InMonth(2020, 2));
        var evenSuspended = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };
        var during = Dates.D("2020-02-10");

        register.CountCovered(Seed.Gyeonggi, Municipalities, during, evenSuspended).Should().Be(new CoverageCount(1, 0, 4));
        register.CountCovered(Seed.Gyeonggi, Municipalities, during).Should().Be(new CoverageCount(0, 1, 4));
    }

    [Fact]
    public void A_tie_that_is_either_suspended_or_terminated_is_missing_when_only_ties_in_force_count()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 5, 1);
        tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Political);
        tie.Terminate(PartialDate.InYear(2021), Seed.Shanghai, "Dissolved");
        register.Add(tie);

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2021-06-01"));

        tie.StatusOn(Dates.D("2021-06-01")).Should().Be(AgreementStatus.Uncertain);
        coverage.Missing.Should().HaveCount(4);
    }

    [Fact]
    public void An_optimistic_count_counts_a_member_a_tie_only_could_cover_as_covered()
    {
        var register = WithSuspensionIn(PartialDate.InMonth(2020, 2));
        var optimistic = CoverageCriteria.Default with { CountUncertainAsCovered = true };

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2020-02-10"), optimistic);

        coverage.Covered.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
        register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D("2020-02-10"), optimistic).Should().Be(new CoverageCount(1, 0, 4));
    }

    [Fact]
    public void An_optimistic_count_still_leaves_out_a_tie_no_possibility_of_which_is_admitted()
    {
        var register = WithSuspensionIn(PartialDate.InMonth(2020, 2));
        var optimistic = CoverageCriteria.Default with { CountUncertainAsCovered = true, Kinds = [AgreementKind.Friendship] };

        register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D("2020-02-10"), optimistic).Should().Be(new CoverageCount(0, 0, 4));
    }

    private static Register WithUpgradeIn2010()
    {
        var register = SeedRegister.Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 5, 1);
        tie.Upgrade(PartialDate.InYear(2010), AgreementKind.SisterCity);
        register.Add(tie);
        return register;
    }

    private static Register WithSuspensionIn(PartialDate suspended)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 5, 1);
        tie.Suspend(suspended, SuspensionReason.Pandemic);
        register.Add(tie);
        return register;
    }
}
