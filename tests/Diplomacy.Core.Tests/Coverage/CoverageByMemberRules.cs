using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>
/// A coverage is read by member: by the member's region or by any of its keys; a region or key that is not a
/// member of the cohort is a clear error, or a false from the TryGet forms.
/// </summary>
public sealed class CoverageByMemberRules
{
    private static readonly CoverageResult Coverage =
        SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, Dates.D("2025-09-26"));

    [Fact]
    public void A_member_is_read_by_its_region()
    {
        var shanghai = Coverage[Seed.Shanghai];

        shanghai.Should().BeSameAs(Coverage.Members[2]);
        shanghai.Outcome.Should().Be(CoverageOutcome.Covered);
    }

    [Theory]
    [InlineData("CN-SH")]
    [InlineData("cn-sh")]
    [InlineData("CN-31")] // a key the member was known by before
    public void A_member_is_read_by_any_of_its_keys(string key)
    {
        Coverage.For(new RegionId(key)).Should().BeSameAs(Coverage[Seed.Shanghai]);
    }

    [Fact]
    public void A_member_the_register_does_not_hold_is_read_by_its_region_as_missing()
    {
        var macau = Region.CreateSubdivision(SubdivisionCode.Parse("CN-MO"), AdministrativeKind.SpecialAdministrativeRegion, RegionNames.Of("en", "Macau"), Seed.China);
        var cohort = Cohort.Of("Macau", [macau]);

        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, cohort, Dates.D("2025-09-26"));

        coverage[macau].Should().Match<MemberCoverage>(member => member.Outcome == CoverageOutcome.Missing && member.Region == null);
    }

    [Fact]
    public void A_region_that_is_not_a_member_is_a_clear_error_naming_it_and_the_cohort()
    {
        var read = () => Coverage[Seed.Gyeonggi];

        read.Should().Throw<KeyNotFoundException>().WithMessage("* (KR-41) is not a member of the cohort *");
        Coverage.TryGet(Seed.Gyeonggi, out var member).Should().BeFalse();
        member.Should().BeNull();
    }

    [Fact]
    public void A_key_no_member_has_is_a_clear_error_naming_it_and_the_cohort()
    {
        var read = () => Coverage.For(new RegionId("KR-41"));

        read.Should().Throw<KeyNotFoundException>().WithMessage("No member of the cohort * has the key KR-41.");
        Coverage.TryGet(new RegionId("KR-41"), out var member).Should().BeFalse();
        member.Should().BeNull();
    }

    [Fact]
    public void The_try_forms_find_a_member_by_region_and_by_key()
    {
        Coverage.TryGet(Seed.Tianjin, out var byRegion).Should().BeTrue();
        Coverage.TryGet(new RegionId("CN-12"), out var byKey).Should().BeTrue();

        byRegion.Should().BeSameAs(Coverage.Members[1]);
        byKey.Should().BeSameAs(byRegion);
    }

    [Fact]
    public void Reading_no_region_or_no_key_is_refused_naming_it()
    {
        var noRegion = () => Coverage[null!];
        var noKey = () => Coverage.For(default);

        noRegion.Should().Throw<ArgumentNullException>().WithParameterName("region");
        noKey.Should().Throw<ArgumentException>().WithParameterName("key");
    }
}
