using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>Criteria name at least one defined kind and status, are equal when they admit the same, and print what they admit.</summary>
public sealed class CoverageCriteriaRules
{
    private static readonly Dictionary<string, CoverageCriteria> OneChangeFromTheDefault = new()
    {
        ["only sister-city ties"] = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] },
        ["suspended ties too"] = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] },
        ["ties of the home's sub-regions too"] = CoverageCriteria.Default with { IncludeHomeSubregions = true },
        ["ties with the members' sub-regions too"] = CoverageCriteria.Default with { IncludeMemberSubregions = true },
        ["uncertain members counted as covered"] = CoverageCriteria.Default with { CountUncertainAsCovered = true },
    };

    [Fact]
    public void Criteria_built_alike_are_equal_whatever_the_order_of_their_kinds_and_statuses()
    {
        var one = CoverageCriteria.Default with
        {
            Kinds = [AgreementKind.SisterCity, AgreementKind.Friendship],
            Statuses = [AgreementStatus.Suspended, AgreementStatus.InForce],
        };
        var other = CoverageCriteria.Default with
        {
            Kinds = [AgreementKind.Friendship, AgreementKind.SisterCity],
            Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended],
        };

        one.Should().Be(other);
        (CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce] }).Should().Be(CoverageCriteria.Default);
    }

    [Theory]
    [InlineData("only sister-city ties")]
    [InlineData("suspended ties too")]
    [InlineData("ties of the home's sub-regions too")]
    [InlineData("ties with the members' sub-regions too")]
    [InlineData("uncertain members counted as covered")]
    public void Criteria_that_admit_something_else_are_not_equal(string change)
    {
        OneChangeFromTheDefault[change].Should().NotBe(CoverageCriteria.Default);
        OneChangeFromTheDefault[change].GetHashCode().Should().NotBe(CoverageCriteria.Default.GetHashCode());
    }

    [Fact]
    public void Criteria_that_admit_no_kind_are_refused()
    {
        var admit = () => CoverageCriteria.Default with { Kinds = [] };

        admit.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Criteria_given_no_set_of_kinds_or_statuses_at_all_are_refused_as_null()
    {
        var noKinds = () => CoverageCriteria.Default with { Kinds = null! };
        var noStatuses = () => CoverageCriteria.Default with { Statuses = null! };

        noKinds.Should().Throw<ArgumentNullException>().WithParameterName("value");
        noStatuses.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void The_refusal_of_a_kind_that_is_not_defined_lists_the_kinds_given()
    {
        var admit = () => CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity, (AgreementKind)99] };

        admit.Should().Throw<ArgumentException>().Which.Message.Should().MatchRegex(@"Kinds.*\[(SisterCity, 99|99, SisterCity)\]");
    }

    [Fact]
    public void The_refusal_of_a_status_that_is_not_defined_lists_the_statuses_given()
    {
        var admit = () => CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, (AgreementStatus)42] };

        admit.Should().Throw<ArgumentException>().Which.Message.Should().MatchRegex(@"Statuses.*\[(InForce, 42|42, InForce)\]");
    }

    [Fact]
    public void Logged_criteria_read_as_the_kinds_and_statuses_they_admit_in_order_and_every_switch()
    {
        var criteria = CoverageCriteria.Default with
        {
            Kinds = [AgreementKind.SisterCity, AgreementKind.LetterOfIntent],
            Statuses = [AgreementStatus.Suspended, AgreementStatus.InForce],
            IncludeMemberSubregions = true,
        };

        criteria.ToString().Should().Be(
            "CoverageCriteria { Kinds = [LetterOfIntent, SisterCity], Statuses = [InForce, Suspended], "
            + "IncludeHomeSubregions = False, IncludeMemberSubregions = True, CountUncertainAsCovered = False }");
    }
}
