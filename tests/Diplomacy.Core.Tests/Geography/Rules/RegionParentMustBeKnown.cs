using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography.Rules;

/// <summary>A region joins a directory only after its parent has joined it (or in the same batch, before it), so that every ancestor resolves.</summary>
public sealed class RegionParentMustBeKnown
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Newcomer");

    [Fact]
    public void A_region_whose_parent_is_not_in_the_directory_is_refused()
    {
        var directory = new RegionDirectory();
        directory.Add(Seed.Korea);

        var add = () => directory.Add(Seed.Suwon);

        var thrown = add.Should().Throw<DomainRuleException>()
            .WithMessage("The region * (KR-41-SUWON) lies in * (KR-41), which is not in the directory: *").Which;
        thrown.Rule.Should().Be(DomainRule.RegionParentMustBeKnown);
        thrown.SubjectId.Should().Be("KR-41-SUWON");
        directory.Regions.Should().Equal(Seed.Korea);
    }

    [Fact]
    public void A_parent_is_known_by_its_id_not_by_a_former_code_that_spells_the_same()
    {
        var directory = Seed.Directory();
        var strayParent = Region.CreatePlace(new RegionId("CN-31"), AdministrativeKind.Other, Names, null, "Asia/Shanghai");
        var child = Region.CreatePlace(new RegionId("CN-31-CHILD"), AdministrativeKind.District, Names, strayParent);

        var add = () => directory.Add(child);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionParentMustBeKnown);
    }

    [Fact]
    public void A_batch_with_a_missing_parent_adds_nothing()
    {
        var directory = new RegionDirectory();

        var add = () => directory.AddRange([Seed.Korea, Seed.Shanghai]);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionParentMustBeKnown);
        directory.Count.Should().Be(0);
        directory.Resolve("KR").Should().BeNull();
    }
}
