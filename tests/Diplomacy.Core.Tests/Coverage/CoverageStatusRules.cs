using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>Only ties in force count by default; suspended ones count when the criteria admit them; ended ones never.</summary>
public sealed class CoverageStatusRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    private static readonly LocalDate During = Dates.D("2021-06-01");

    [Fact]
    public void A_tie_suspended_during_the_pandemic_does_not_count_by_default()
    {
        var register = WithPandemicSuspension();

        register.Coverage(Seed.Gyeonggi, Municipalities, During).Count.Should().Be(0);
    }

    [Fact]
    public void A_suspended_tie_counts_when_the_criteria_admit_suspended_ties()
    {
        var register = WithPandemicSuspension();
        var criteria = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };

        register.Coverage(Seed.Gyeonggi, Municipalities, During, criteria).Covered.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_terminated_tie_never_counts_even_when_suspended_ties_do()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 5, 1);
        tie.Terminate(new LocalDate(2020, 1, 1), Seed.Shanghai, "Dissolved");
        register.Add(tie);
        var criteria = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };

        register.Coverage(Seed.Gyeonggi, Municipalities, During, criteria).Count.Should().Be(0);
        register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2019-12-31"), criteria).Count.Should().Be(1);
    }

    [Fact]
    public void Only_the_kinds_the_criteria_name_count()
    {
        var register = SeedRegister.WithTheSeedMous();
        var criteria = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] };

        register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-09-26"), criteria).Count.Should().Be(0);
    }

    [Fact]
    public void Uncertain_cannot_be_admitted_as_a_status_that_counts()
    {
        var admit = () => CoverageCriteria.Default with { Statuses = [AgreementStatus.Uncertain] };

        admit.Should().Throw<ArgumentException>();
    }

    private static Register WithPandemicSuspension()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 5, 1);
        tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);
        tie.Resume(new LocalDate(2022, 9, 1));
        register.Add(tie);
        return register;
    }
}
