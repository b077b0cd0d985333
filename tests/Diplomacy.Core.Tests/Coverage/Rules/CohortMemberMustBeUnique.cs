using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage.Rules;

/// <summary>A cohort holds each member once: no key, current or former, belongs to two members.</summary>
public sealed class CohortMemberMustBeUnique
{
    [Fact]
    public void A_cohort_that_holds_a_region_twice_is_refused()
    {
        var act = () => Cohort.Of("Twice Shanghai", [Seed.Shanghai, Seed.Tianjin, Seed.Shanghai]);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CohortMemberMustBeUnique);
    }

    [Fact]
    public void A_cohort_that_holds_a_region_by_its_current_and_its_former_code_is_refused()
    {
        var act = () => Cohort.Of("Shanghai under two codes", [
            new CohortMember(new RegionId("CN-SH"), new RegionId("CN-31")),
            new CohortMember(new RegionId("CN-31")),
        ]);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CohortMemberMustBeUnique);
    }

    [Fact]
    public void The_refusal_of_a_region_given_twice_names_the_cohort_and_the_region()
    {
        var act = () => Cohort.Of("Twice Shanghai", [Seed.Shanghai, Seed.Tianjin, Seed.Shanghai]);

        act.Should().Throw<DomainRuleException>().WithMessage("*Twice Shanghai*CN-SH*");
    }
}
