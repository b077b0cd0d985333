using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>The catalog loads once, and a region asked for from many threads at once is one instance.</summary>
public sealed class CatalogLoading
{
    [Fact]
    public void A_region_asked_for_from_many_threads_at_once_is_one_instance()
    {
        var data = CatalogData.Load();
        var index = data.IndexOf("CN-SH");

        var regions = new Region[64];
        Parallel.For(0, regions.Length, i => regions[i] = data.RegionAt(index));

        regions.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
    }

    [Fact]
    public void Every_question_reads_the_same_loaded_catalog()
    {
        CatalogData.Instance.Value.Should().BeSameAs(CatalogData.Instance.Value);
        Catalog.Region("KR").Should().BeSameAs(Catalog.Countries().Single(c => c.Id.Value == "KR"));
    }

    [Fact]
    public void The_countries_come_in_the_order_of_their_codes()
    {
        Catalog.Countries().Select(c => c.Id.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void A_region_outside_the_catalog_has_no_children_in_it()
    {
        var mine = Region.CreatePlace(new RegionId("my-town"), AdministrativeKind.City, RegionNames.Of("en", "My town"), null, "Asia/Seoul");

        Catalog.ChildrenOf(mine).Should().BeEmpty();
    }

    [Fact]
    public void The_first_entry_of_the_catalog_answers_like_any_other()
    {
        Catalog.ChildrenOf(Catalog.Region("AD")).Should().HaveCount(7);
        Catalog.TimeZoneIdOf("AD").Should().Be("Europe/Andorra");
    }

    [Fact]
    public void A_former_code_gives_the_zone_of_the_region_that_holds_it_now()
    {
        Catalog.TimeZoneIdOf("CN-31").Should().Be("Asia/Shanghai");
    }
}
