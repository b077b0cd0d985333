using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Checks;

/// <summary>
/// Before signing, the register warns when the partner is a region the caller lists as conflicting, lies inside one
/// (the listed region is its parent), or holds one (the listed region is its sub-region), saying which.
/// </summary>
public sealed class ConflictingPartnerCheckRules
{
    private static readonly LocalDate Day = new(2026, 5, 1);

    private static IReadOnlyList<SigningWarning> Checks(Region partner, params ConflictingRegion[] listed) =>
        SeedRegister.Empty().ChecksBeforeSigning(
            Seed.Gyeonggi,
            A.SisterTieBetween(Seed.Gyeonggi, partner).ProposedOn(2026, 3, 2),
            Day,
            SigningPolicy.None with { ConflictingRegions = listed });

    [Fact]
    public void A_listed_partner_is_warned_with_the_reason_given()
    {
        var listed = new ConflictingRegion(Seed.Shanghai, "a rival's partner");

        Checks(Seed.Shanghai, listed).Should().Equal(new ConflictingPartnerWarning(Seed.Shanghai, listed, RegionRelation.Same));
    }

    [Fact]
    public void A_partner_inside_a_listed_region_is_warned_as_lying_in_it()
    {
        var listed = new ConflictingRegion(Seed.Shanghai, "restricted list");

        Checks(SeedRegister.Pudong, listed).Should().Equal(new ConflictingPartnerWarning(SeedRegister.Pudong, listed, RegionRelation.Parent));
    }

    [Fact]
    public void A_partner_holding_a_listed_region_is_warned_as_holding_it()
    {
        var listed = new ConflictingRegion(SeedRegister.Pudong, "restricted list");

        Checks(Seed.Shanghai, listed).Should().Equal(new ConflictingPartnerWarning(Seed.Shanghai, listed, RegionRelation.SubRegion));
    }

    [Fact]
    public void A_listed_region_outside_the_partners_line_is_no_conflict_and_several_come_in_the_policys_order()
    {
        var china = new ConflictingRegion(Seed.China, "restricted list");
        var beijing = new ConflictingRegion(Seed.Beijing, "a rival's partner");
        var shanghai = new ConflictingRegion(Seed.Shanghai, "a rival's partner");

        Checks(Seed.Shanghai, shanghai, beijing, china).Select(warning => ((ConflictingPartnerWarning)warning).Listed).Should().Equal(shanghai, china);
    }

    [Fact]
    public void A_conflicting_region_needs_a_region_and_a_reason_which_is_trimmed()
    {
        new ConflictingRegion(Seed.Shanghai, " restricted list ").Reason.Should().Be("restricted list");
        FluentActions.Invoking(() => new ConflictingRegion(null!, "restricted list")).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("region");
        FluentActions.Invoking(() => new ConflictingRegion(Seed.Shanghai, " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
    }
}
