using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A batch of regions large enough to be filed on two threads (<see cref="LargeBatch.MinimumSize"/> or more) leaves the
/// directory exactly as the same regions added one by one would: every key, Wikidata id, name and parent finds them in
/// the order they were given.
/// </summary>
public sealed class LargeRegionBatchRules
{
    private const int Provinces = 20;
    private const int PlacesEach = 220;

    // Parents first, as a batch is taken in its order only then.
    private static List<Region> LargeBatch()
    {
        var provinces = Enumerable.Range(0, Provinces)
            .Select(p => Region.CreatePlace(new RegionId($"R-P{p}"), AdministrativeKind.Province, RegionNames.Of("en", $"Province {p}").And("ko", $"도 {p}"), Seed.Korea))
            .ToList();
        var regions = new List<Region>(provinces);
        foreach (var (p, province) in provinces.Index())
        {
            for (var n = 0; n < PlacesEach; n++)
            {
                // Every tenth place shares its name with a place of every other province: a name then finds several regions.
                var name = n % 10 == 0 ? $"Common {n}" : $"Place {p}.{n}";
                regions.Add(Region.CreatePlace(
                    new RegionId($"R-P{p}-{n}"), AdministrativeKind.City, RegionNames.Of("en", name), province, wikidataId: WikidataId.Parse($"Q{1_000_000 + (p * 1_000) + n}")));
            }
        }

        return regions;
    }

    [Fact]
    public void A_large_batch_of_regions_is_found_by_every_key_name_and_parent_as_regions_added_one_by_one_are()
    {
        var batch = LargeBatch();
        batch.Count.Should().BeGreaterThanOrEqualTo(Diplomacy.Core.LargeBatch.MinimumSize);
        var oneByOne = new RegionDirectory();
        oneByOne.Add(Seed.Korea);
        batch.ForEach(oneByOne.Add);
        var directory = new RegionDirectory();
        directory.Add(Seed.Korea);

        directory.AddRange(batch);

        directory.Regions.Should().Equal(oneByOne.Regions);
        foreach (var region in batch)
        {
            directory.Resolve(region.Id.Value).Should().BeSameAs(region);
            if (region.WikidataId is { } wikidataId)
            {
                directory.Find(wikidataId).Should().BeSameAs(region);
            }

            directory.ChildrenOf(region).Should().Equal(oneByOne.ChildrenOf(region));
            foreach (var name in region.Names.All)
            {
                directory.FindByName(name.Text).Should().Equal(oneByOne.FindByName(name.Text), $"the regions named {name.Text}");
            }
        }

        directory.ChildrenOf(Seed.Korea).Should().HaveCount(Provinces);
        directory.FindByName("common 0").Should().HaveCount(Provinces);
    }

    [Fact]
    public void A_large_batch_of_regions_with_one_key_taken_adds_none_of_them()
    {
        var batch = LargeBatch();
        batch.Add(Region.CreatePlace(new RegionId("r-p3-7"), AdministrativeKind.City, RegionNames.Of("en", "Again"), batch[0]));
        var directory = new RegionDirectory();
        directory.Add(Seed.Korea);

        var result = directory.TryAddRange(batch);

        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal((batch.Count - 1, DomainRule.RegionKeyMustBeUnique));
        directory.Regions.Should().Equal(Seed.Korea);
        directory.FindByName("Common 0").Should().BeEmpty();
        directory.Resolve("R-P0-1").Should().BeNull();
        directory.Find(WikidataId.Parse("Q1000001")).Should().BeNull();
        directory.AddRange(batch[..^1]);
        directory.Resolve("R-P3-7")!.Names.Primary.Text.Should().Be("Place 3.7");
    }
}
