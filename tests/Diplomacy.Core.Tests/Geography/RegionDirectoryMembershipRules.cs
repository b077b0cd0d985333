using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A directory holds each key once and every region's parent; a batch joins all or nothing, in any order,
/// and a refused batch leaves the directory exactly as it was.
/// </summary>
public sealed class RegionDirectoryMembershipRules
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Newcomer");

    public static TheoryData<string, Region> RegionsWithATakenKey => new()
    {
        { "the same id", Region.CreatePlace(new RegionId("kr-41-suwon"), AdministrativeKind.City, Names, Seed.Gyeonggi) },
        { "the same country code", Region.CreateCountry(CountryCode.Parse("kr"), Names, "Asia/Seoul") },
        { "a current code as a former code", Region.CreateSubdivision(SubdivisionCode.Parse("CN-ZZ"), AdministrativeKind.Province, Names, Seed.China, formerCodes: [SubdivisionCode.Parse("CN-SH")]) },
        { "a former code as a current code", Region.CreateSubdivision(SubdivisionCode.Parse("CN-31"), AdministrativeKind.Province, Names, Seed.China) },
        { "the same former code", Region.CreateSubdivision(SubdivisionCode.Parse("CN-ZZ"), AdministrativeKind.Province, Names, Seed.China, formerCodes: [SubdivisionCode.Parse("CN-31")]) },
        { "the same wikidata id", Region.CreatePlace(new RegionId("CN-PUDONG"), AdministrativeKind.District, Names, Seed.Shanghai, wikidataId: WikidataId.Parse("Q8686")) },
        { "an id that is another region's wikidata id", Region.CreatePlace(RegionId.For(WikidataId.Parse("Q8686")), AdministrativeKind.City, Names, Seed.China) },
    };

    [Theory]
    [MemberData(nameof(RegionsWithATakenKey))]
    public void A_region_whose_key_is_taken_is_refused_and_changes_nothing(string takenKey, Region newcomer)
    {
        var directory = Seed.Directory();
        var before = directory.Regions.ToList();

        var add = () => directory.Add(newcomer);

        add.Should().Throw<DomainRuleException>(takenKey).WithMessage("The key * of * (*) already belongs to * (*).")
            .Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Regions.Should().Equal(before);
        directory.ChildrenOf(newcomer.Parent ?? Seed.Korea).Should().NotContain(region => ReferenceEquals(region, newcomer));
    }

    [Fact]
    public void A_wikidata_id_already_used_as_an_id_is_refused()
    {
        var directory = new RegionDirectory();
        directory.AddRange([Region.CreatePlace(RegionId.For(WikidataId.Parse("Q8686")), AdministrativeKind.City, Names, null, "Asia/Shanghai"), Seed.China]);

        var add = () => directory.Add(Seed.Shanghai);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Count.Should().Be(2);
        directory.Find(SubdivisionCode.Parse("CN-SH")).Should().BeNull();
    }

    [Fact]
    public void The_same_region_cannot_be_added_twice()
    {
        var place = Region.CreatePlace(new RegionId("Q656"), AdministrativeKind.City, Names, null, "Europe/Moscow");
        var directory = new RegionDirectory();
        directory.Add(place);

        var again = () => directory.Add(place);

        again.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Regions.Should().Equal(place);
    }

    [Fact]
    public void A_batch_that_gives_the_same_region_twice_is_refused()
    {
        var place = Region.CreatePlace(new RegionId("Q656"), AdministrativeKind.City, Names, null, "Europe/Moscow");
        var directory = new RegionDirectory();

        var add = () => directory.AddRange([place, place]);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Count.Should().Be(0);
    }

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
    public void A_refused_batch_adds_nothing_even_when_its_first_regions_were_fine()
    {
        var directory = new RegionDirectory();
        directory.AddRange([Seed.Korea, Seed.Gyeonggi]);
        var clash = Region.CreatePlace(new RegionId("Q8686"), AdministrativeKind.City, Names, Seed.China);

        var add = () => directory.AddRange([Seed.China, Seed.Beijing, Seed.Shanghai, clash]);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Regions.Should().Equal(Seed.Korea, Seed.Gyeonggi);
        directory.Find(CountryCode.Parse("CN")).Should().BeNull();
        directory.Find(SubdivisionCode.Parse("CN-BJ")).Should().BeNull();
        directory.FindByName("Beijing").Should().BeEmpty();
        directory.ChildrenOf(Seed.China).Should().BeEmpty();
        directory.Find(WikidataId.Parse("Q8686")).Should().BeNull();
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
