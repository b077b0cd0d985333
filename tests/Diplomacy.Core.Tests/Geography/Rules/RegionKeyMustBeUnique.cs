using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography.Rules;

/// <summary>Two regions in one directory never share a key: an id, an ISO code (current or former) or a Wikidata id.</summary>
public sealed class RegionKeyMustBeUnique
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
}
