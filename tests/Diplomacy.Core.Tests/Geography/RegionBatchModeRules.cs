using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A region batch in add-accepted mode keeps every region the rules accept and reports the others with their index in
/// the batch as given; a refused region claims no key, so the children of a refused parent are refused in turn.
/// </summary>
public sealed class RegionBatchModeRules
{
    private static readonly Region Osaka = Region.CreatePlace(new RegionId("JP-27"), AdministrativeKind.Prefecture, RegionNames.Of("en", "Osaka"), null, "Asia/Tokyo");

    // A new id, but Shanghai's Wikidata id, a key the seed's Shanghai holds.
    private static readonly Region OtherShanghai = Region.CreatePlace(
        new RegionId("CN-HU"), AdministrativeKind.City, RegionNames.Of("en", "Hu"), Seed.China, wikidataId: Seed.Shanghai.WikidataId);

    private static readonly Region InOtherShanghai = Region.CreatePlace(new RegionId("CN-HU-X"), AdministrativeKind.District, RegionNames.Of("en", "X"), OtherShanghai);

    private static readonly Region Pudong = Region.CreatePlace(new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("en", "Pudong"), Seed.Shanghai);

    private static readonly Region InOsaka = Region.CreatePlace(new RegionId("JP-27-SAKAI"), AdministrativeKind.City, RegionNames.Of("en", "Sakai"), Osaka);

    [Fact]
    public void An_add_accepted_region_batch_adds_what_passes_and_reports_each_refusal_at_its_index_in_the_batch_as_given()
    {
        var directory = Seed.Directory();

        // Children first, so that the index given is not the parents-first order the batch is judged in.
        var result = directory.TryAddRange([InOtherShanghai, InOsaka, Pudong, OtherShanghai, Osaka, Seed.China], BatchMode.AddAccepted);

        result.Added.Should().Equal(Osaka, InOsaka, Pudong);
        result.Found.Should().Equal(Seed.China);
        result.Refused.Select(refusal => (refusal.Index, refusal.Region.Id.Value, refusal.Rule)).Should().Equal(
            (3, "CN-HU", DomainRule.RegionKeyMustBeUnique),
            (0, "CN-HU-X", DomainRule.RegionParentMustBeKnown));
        directory.TryGet(Osaka.Id, out _).Should().BeTrue();
        directory.ChildrenOf(Seed.Shanghai).Should().Equal(Pudong);
        directory.Find(Seed.Shanghai.WikidataId!.Value).Should().BeSameAs(Seed.Shanghai);
    }

    [Fact]
    public void An_all_or_nothing_region_batch_with_a_refusal_adds_nothing_and_reports_the_same_refusals()
    {
        var directory = Seed.Directory();
        var before = directory.Regions.ToList();

        var result = directory.TryAddRange([InOtherShanghai, InOsaka, Pudong, OtherShanghai, Osaka, Seed.China], BatchMode.AllOrNothing);

        result.Added.Should().BeEmpty();
        result.Refused.Select(refusal => refusal.Index).Should().Equal(3, 0);
        directory.Regions.Should().Equal(before);
        directory.Resolve(Pudong.Id.Value).Should().BeNull("an accepted region of a refused batch gives its keys back");
    }

    [Fact]
    public void A_region_batch_mode_that_is_not_defined_is_refused_before_anything_is_added()
    {
        var directory = Seed.Directory();

        var add = () => directory.TryAddRange([Osaka], (BatchMode)7);

        add.Should().Throw<ArgumentException>().WithParameterName("mode");
        directory.TryGet(Osaka.Id, out _).Should().BeFalse();
    }
}
