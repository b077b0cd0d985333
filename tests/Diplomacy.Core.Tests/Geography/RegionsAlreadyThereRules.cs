using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A batch may hold regions the directory already has: described the same way they are found, not refused; a
/// region described otherwise under a taken key is a conflict, listed with the region holding the key, and then
/// nothing is added.
/// </summary>
public sealed class RegionsAlreadyThereRules
{
    private static readonly Region Pudong = Region.CreatePlace(
        new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("zh-Hans", "浦东新区").And("en", "Pudong"), Seed.Shanghai);

    public static TheoryData<string, Region> ShanghaiDescribedOtherwise => new()
    {
        { "other names", ShanghaiAs(names: RegionNames.Of("zh-Hans", "上海市").And("en", "Shanghai")) },
        { "another primary name", ShanghaiAs(names: RegionNames.Of("en", "Shanghai").And("zh-Hans", "上海市").And("ko", "상하이시")) },
        { "another kind", ShanghaiAs(kind: AdministrativeKind.Province) },
        { "another time zone", ShanghaiAs(timeZoneId: "Asia/Urumqi") },
        { "no former code", ShanghaiAs(formerCodes: []) },
        { "one more former code", ShanghaiAs(formerCodes: [SubdivisionCode.Parse("CN-31"), SubdivisionCode.Parse("CN-SHA")]) },
        { "no wikidata id", ShanghaiAs(wikidataId: null) },
        { "another parent", Region.CreateSubdivision(SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Seed.Shanghai.Names, Seed.Beijing, "Asia/Shanghai", Seed.Shanghai.WikidataId, [SubdivisionCode.Parse("CN-31")]) },
        { "no subdivision code", Region.CreatePlace(new RegionId("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Seed.Shanghai.Names, Seed.China, wikidataId: Seed.Shanghai.WikidataId) },
    };

    [Fact]
    public void A_region_already_there_described_the_same_way_is_found_and_the_new_ones_are_added()
    {
        var directory = Seed.Directory();
        var sameShanghai = ShanghaiAs();

        var result = directory.TryAddRange([Pudong, sameShanghai, Seed.China]);

        result.IsAccepted.Should().BeTrue();
        result.Added.Should().Equal(Pudong);
        result.Found.Should().Equal(Seed.China, sameShanghai);
        result.Refused.Should().BeEmpty();
        directory.ChildrenOf(Seed.Shanghai).Should().Equal(Pudong);
        directory.Find(SubdivisionCode.Parse("CN-SH")).Should().BeSameAs(Seed.Shanghai);
    }

    [Fact]
    public void A_region_given_twice_in_a_batch_is_added_once_and_found_once()
    {
        var directory = new RegionDirectory();

        var result = directory.TryAddRange([Seed.Korea, Seed.Korea]);

        result.Added.Should().Equal(Seed.Korea);
        result.Found.Should().Equal(Seed.Korea);
        directory.Regions.Should().Equal(Seed.Korea);
    }

    [Theory]
    [MemberData(nameof(ShanghaiDescribedOtherwise))]
    public void A_region_described_otherwise_under_a_taken_key_is_a_conflict_that_adds_nothing(string difference, Region shanghai)
    {
        var directory = Seed.Directory();
        var before = directory.Regions.ToList();

        var result = directory.TryAddRange([Pudong, shanghai]);

        result.IsAccepted.Should().BeFalse(difference);
        var refusal = result.Refused.Should().ContainSingle().Which;
        refusal.Region.Should().BeSameAs(shanghai);
        refusal.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        refusal.Holder.Should().BeSameAs(Seed.Shanghai);
        refusal.ToString().Should().Match("The key CN-SH of * (CN-SH) already belongs to 上海市 (CN-SH).");
        result.Added.Should().BeEmpty();
        directory.Regions.Should().Equal(before);
    }

    [Fact]
    public void Every_refused_region_is_listed_not_only_the_first_and_what_was_found_is_still_said()
    {
        var directory = Seed.Directory();
        var clash = Region.CreatePlace(new RegionId("Q8686"), AdministrativeKind.City, RegionNames.Of("en", "Clash"), Seed.China);
        var orphanParent = Region.CreatePlace(new RegionId("XX-NOWHERE"), AdministrativeKind.Other, RegionNames.Of("en", "Nowhere"), null, "UTC");
        var orphan = Region.CreatePlace(new RegionId("XX-ORPHAN"), AdministrativeKind.City, RegionNames.Of("en", "Orphan"), orphanParent);

        var result = directory.TryAddRange([Seed.Beijing, clash, orphan, Pudong]);

        result.Refused.Select(refusal => (refusal.Region, refusal.Rule, refusal.Holder)).Should().Equal(
            (clash, DomainRule.RegionKeyMustBeUnique, Seed.Shanghai),
            (orphan, DomainRule.RegionParentMustBeKnown, (Region?)null));
        result.Found.Should().Equal(Seed.Beijing);
        result.Added.Should().BeEmpty();
        directory.Resolve("CN-SH-PUDONG").Should().BeNull();
    }

    [Fact]
    public void A_region_inside_a_refused_region_of_the_batch_is_refused_for_its_missing_parent()
    {
        var directory = Seed.Directory();
        var newcomer = Region.CreatePlace(new RegionId("CN-NEW"), AdministrativeKind.City, RegionNames.Of("en", "Newcomer"), Seed.China, wikidataId: WikidataId.Parse("Q8686"));
        var district = Region.CreatePlace(new RegionId("CN-NEW-D"), AdministrativeKind.District, RegionNames.Of("en", "District"), newcomer);

        var result = directory.TryAddRange([district, newcomer]);

        result.Refused.Select(refusal => (refusal.Region, refusal.Rule)).Should().Equal(
            (newcomer, DomainRule.RegionKeyMustBeUnique),
            (district, DomainRule.RegionParentMustBeKnown));
    }

    [Fact]
    public void Get_or_add_gives_the_region_already_there_or_adds_the_new_one()
    {
        var directory = Seed.Directory();

        directory.GetOrAdd(ShanghaiAs()).Should().BeSameAs(Seed.Shanghai);
        directory.GetOrAdd(Pudong).Should().BeSameAs(Pudong);
        directory.Resolve("CN-SH-PUDONG").Should().BeSameAs(Pudong);
    }

    [Fact]
    public void Get_or_add_refuses_a_region_described_otherwise_under_a_taken_key_and_changes_nothing()
    {
        var directory = Seed.Directory();
        var before = directory.Regions.ToList();

        var add = () => directory.GetOrAdd(ShanghaiAs(kind: AdministrativeKind.Province));

        var thrown = add.Should().Throw<DomainRuleException>().Which;
        thrown.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        thrown.SubjectId.Should().Be("CN-SH");
        directory.Regions.Should().Equal(before);
    }

    [Fact]
    public void A_register_adds_a_batch_of_regions_finding_those_it_has()
    {
        var register = Register.Open();
        register.AddRegions([Seed.China]);

        var result = register.TryAddRegions([Seed.China, Seed.Shanghai]);

        result.Added.Should().Equal(Seed.Shanghai);
        result.Found.Should().Equal(Seed.China);
    }

    [Fact]
    public void Trying_to_add_no_batch_or_a_null_region_is_refused_naming_it()
    {
        var directory = new RegionDirectory();

        var noBatch = () => directory.TryAddRange(null!);
        var noRegion = () => directory.GetOrAdd(null!);

        noBatch.Should().Throw<ArgumentNullException>().WithParameterName("regions");
        noRegion.Should().Throw<ArgumentNullException>().WithParameterName("region");
    }

    private static Region ShanghaiAs(
        AdministrativeKind kind = AdministrativeKind.DirectAdministeredMunicipality,
        RegionNames? names = null,
        string timeZoneId = "Asia/Shanghai",
        IEnumerable<SubdivisionCode>? formerCodes = null,
        string? wikidataId = "Q8686") =>
        Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-SH"),
            kind,
            names ?? RegionNames.Of("zh-Hans", "上海市").And("ko", "상하이시").And("en", "Shanghai"),
            Seed.China,
            timeZoneId,
            wikidataId is null ? null : WikidataId.Parse(wikidataId),
            formerCodes ?? [SubdivisionCode.Parse("CN-31")]);
}
