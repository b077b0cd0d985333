using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Coverage.Rules;

/// <summary>A cohort has at least one member.</summary>
public sealed class CohortMustHaveMembers
{
    [Fact]
    public void A_cohort_with_no_member_is_refused()
    {
        var act = () => Cohort.Of("Nobody", Array.Empty<Region>());

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CohortMustHaveMembers);
    }

    [Fact]
    public void The_refusal_of_an_empty_cohort_names_the_cohort()
    {
        var act = () => Cohort.Of("Nobody", Array.Empty<Region>());

        act.Should().Throw<DomainRuleException>().WithMessage("*Nobody*");
    }
}
