using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A cohort is a named set of regions, in the order given, matched by id or ISO code, current or former.</summary>
public sealed class CohortRules
{
    [Fact]
    public void A_cohort_of_regions_keeps_its_members_in_the_order_given()
    {
        var cohort = Cohort.Of("Where Gyeonggi went", [Seed.Chongqing, Seed.Shanghai]);

        cohort.Members.Select(m => m.Key.Value).Should().Equal("CN-CQ", "CN-SH");
        cohort.Count.Should().Be(2);
    }

    [Fact]
    public void A_cohort_of_no_regions_at_all_is_a_caller_mistake_about_the_regions()
    {
        var act = () => Cohort.Of("Nobody", (IEnumerable<Region>)null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("regions");
    }

    [Fact]
    public void A_member_for_no_region_is_a_caller_mistake_about_the_region()
    {
        var act = () => CohortMember.For(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("region");
    }

    [Fact]
    public void Matching_no_region_is_a_caller_mistake_about_the_region()
    {
        var member = new CohortMember(new RegionId("CN-SH"));

        var act = () => member.Matches(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("region");
    }

    [Fact]
    public void A_cohort_reads_in_logs_as_its_name_and_its_size()
    {
        BuiltInCohorts.ChinaDirectAdministeredMunicipalities.ToString().Should().Be("China's direct-administered municipalities (4)");
    }

    [Fact]
    public void A_cohort_needs_a_name()
    {
        var act = () => Cohort.Of("  ", [Seed.Shanghai]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void A_member_matches_a_region_recorded_under_the_code_the_member_replaced()
    {
        var shanghaiRecordedBefore2017 = Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-31"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("zh-Hans", "上海市"), Seed.China);

        BuiltInCohorts.ChinaDirectAdministeredMunicipalities.MemberFor(shanghaiRecordedBefore2017)!.Key.Value.Should().Be("CN-SH");
    }

    [Fact]
    public void A_member_matches_a_region_by_a_former_code_the_region_records()
    {
        var member = new CohortMember(new RegionId("CN-31"));

        member.Matches(Seed.Shanghai).Should().BeTrue();
    }

    [Fact]
    public void A_region_outside_the_cohort_matches_no_member()
    {
        BuiltInCohorts.ChinaDirectAdministeredMunicipalities.MemberFor(Seed.Gyeonggi).Should().BeNull();
    }
}
