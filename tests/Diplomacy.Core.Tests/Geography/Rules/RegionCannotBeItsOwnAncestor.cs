using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography.Rules;

/// <summary>A region cannot be its own ancestor: no region in its parent chain may have its id.</summary>
public sealed class RegionCannotBeItsOwnAncestor
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Somewhere");

    [Fact]
    public void A_region_cannot_lie_inside_a_region_with_its_own_id()
    {
        var create = () => Region.CreatePlace(new RegionId("KR-41"), AdministrativeKind.City, Names, Seed.Gyeonggi);

        create.Should().Throw<DomainRuleException>()
            .WithMessage("The region KR-41 cannot lie inside * (KR-41): a region with the id KR-41 is already among its ancestors.")
            .Which.Rule.Should().Be(DomainRule.RegionCannotBeItsOwnAncestor);
    }

    [Fact]
    public void A_region_cannot_lie_inside_a_region_one_of_whose_ancestors_has_its_id_in_any_case()
    {
        var create = () => Region.CreatePlace(new RegionId("kr-41"), AdministrativeKind.District, Names, Seed.Suwon);

        var thrown = create.Should().Throw<DomainRuleException>().Which;
        thrown.Rule.Should().Be(DomainRule.RegionCannotBeItsOwnAncestor);
        thrown.SubjectId.Should().Be("kr-41");
    }
}
