using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A count splits a cohort into covered, uncertain and missing members, and its ratio is the covered share.</summary>
public sealed class CoverageCountRules
{
    [Fact]
    public void The_missing_members_are_those_neither_covered_nor_uncertain()
    {
        var count = new CoverageCount(Covered: 1, Uncertain: 1, Total: 4);

        count.Missing.Should().Be(2);
    }

    [Fact]
    public void The_count_of_nothing_has_a_ratio_of_zero_not_a_division_by_zero()
    {
        default(CoverageCount).Ratio.Should().Be(0);
    }

    [Fact]
    public void A_count_cannot_be_written_in_no_language()
    {
        var act = () => new CoverageCount(3, 0, 4).ToText(default(LanguageTag));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("language");
    }
}
