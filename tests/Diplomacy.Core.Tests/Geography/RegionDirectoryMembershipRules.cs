using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A directory's batch joins all or nothing, in any order, and a refused batch leaves the directory exactly as it
/// was; children and descendants are read in the order regions joined.
/// </summary>
public sealed class RegionDirectoryMembershipRules
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Newcomer");

    [Fact]
    public void A_batch_with_a_null_region_adds_nothing()
    {
        var directory = new RegionDirectory();

        var add = () => directory.AddRange([Seed.Korea, null!]);

        add.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("regions");
        directory.Count.Should().Be(0);
    }

    [Fact]
    public void A_batch_may_list_children_before_their_parents()
    {
        var directory = new RegionDirectory();

        directory.AddRange([Seed.Suwon, Seed.Shanghai, Seed.Gyeonggi, Seed.China, Seed.Korea]);

        directory.Regions.Should().Equal(Seed.China, Seed.Korea, Seed.Shanghai, Seed.Gyeonggi, Seed.Suwon);
    }

    [Fact]
    public void Regions_of_the_same_depth_keep_the_order_they_were_given_in_however_large_the_batch()
    {
        var places = Enumerable.Range(1, 100)
            .Select(i => Region.CreatePlace(new RegionId($"KR-PLACE-{i}"), AdministrativeKind.City, RegionNames.Of("en", $"Place {i}"), Seed.Korea))
            .ToList();
        var directory = new RegionDirectory();

        directory.AddRange([.. places, Seed.Korea]);

        directory.ChildrenOf(Seed.Korea).Should().Equal(places);
        directory.Regions.Skip(1).Should().Equal(places);
    }

    [Fact]
    public void Children_are_the_regions_directly_inside_a_region_in_the_order_added()
    {
        var directory = Seed.Directory();

        directory.ChildrenOf(Seed.China).Should().Equal(Seed.ChineseMunicipalities);
        directory.ChildrenOf(Seed.Korea).Should().Equal(Seed.Gyeonggi);
        directory.ChildrenOf(Seed.Suwon).Should().BeEmpty();
    }

    [Fact]
    public void Descendants_are_every_region_inside_at_any_depth_parents_first()
    {
        var directory = Seed.Directory();

        directory.DescendantsOf(Seed.Korea).Should().Equal(Seed.Gyeonggi, Seed.Suwon);
        directory.DescendantsOf(Seed.Suwon).Should().BeEmpty();
    }

    [Fact]
    public void Adding_no_batch_or_asking_for_the_children_of_no_region_is_refused_naming_it()
    {
        var directory = Seed.Directory();

        var adding = () => directory.AddRange(null!);
        var asking = () => directory.ChildrenOf(null!);

        adding.Should().Throw<ArgumentNullException>().WithParameterName("regions");
        asking.Should().Throw<ArgumentNullException>().WithParameterName("region");
    }

    [Fact]
    public void Asking_for_the_descendants_of_no_region_is_refused_at_once_not_when_they_are_read()
    {
        var directory = Seed.Directory();

        var asking = () => directory.DescendantsOf(null!);

        asking.Should().Throw<ArgumentNullException>().WithParameterName("region");
    }

    [Fact]
    public void Regions_joined_in_later_batches_are_children_as_well()
    {
        var directory = new RegionDirectory();
        directory.Add(Seed.Korea);
        directory.Add(Seed.Gyeonggi);

        directory.Add(Seed.Suwon);

        directory.DescendantsOf(Seed.Korea).Should().Equal(Seed.Gyeonggi, Seed.Suwon);
        directory.Count.Should().Be(3);
    }
}
