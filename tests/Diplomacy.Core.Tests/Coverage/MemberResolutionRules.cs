using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A member is found in the register by every key it has; the region of its current code stands for it.</summary>
public sealed class MemberResolutionRules
{
    [Fact]
    public void A_member_held_under_its_current_and_under_its_former_code_is_shown_as_the_current_region_and_ties_of_both_count()
    {
        var shanghai = Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("zh-Hans", "上海市"), Seed.China);
        var shanghaiRecordedBefore2017 = Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-31"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("en", "Shanghai (old record)"), Seed.China);
        var register = Register.Open();
        register.AddRegions([Seed.Korea, Seed.China, Seed.Gyeonggi, shanghai, shanghaiRecordedBefore2017]);
        register.Add(A.MouBetween(Seed.Gyeonggi, shanghaiRecordedBefore2017).WithId("GG-SH-2015").SignedOn(2015, 5, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, shanghai).WithId("GG-SH-2025").SignedOn(2025, 9, 25));

        var coverage = register.Coverage(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, Dates.D("2025-09-26"));

        var covered = coverage.Covered.Should().ContainSingle().Which;
        covered.Region.Should().BeSameAs(shanghai);
        covered.Agreements.Select(agreement => agreement.Id.Value).Should().BeEquivalentTo("GG-SH-2015", "GG-SH-2025");
    }
}
