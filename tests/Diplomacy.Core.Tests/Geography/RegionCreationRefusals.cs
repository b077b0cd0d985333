using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A region is refused at creation when its input is bad: each refusal names the parameter or the broken rule.</summary>
public sealed class RegionCreationRefusals
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Somewhere");

    [Theory]
    [InlineData("Asia/Atlantis")]
    [InlineData("KST")]
    [InlineData("asia/seoul ")]
    public void An_unknown_zone_id_is_refused_naming_it(string zoneId)
    {
        var create = () => Region.CreateCountry(CountryCode.Parse("KR"), Names, zoneId);

        var thrown = create.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("timeZoneId");
        thrown.Message.Should().Contain(zoneId);
    }

    [Fact]
    public void An_unknown_zone_id_is_refused_for_a_subdivision_too()
    {
        var create = () => Region.CreateSubdivision(SubdivisionCode.Parse("KR-11"), AdministrativeKind.SpecialCity, Names, Seed.Korea, "Asia/Nowhere");

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("timeZoneId");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_zone_id_is_refused(string zoneId)
    {
        var create = () => Region.CreateCountry(CountryCode.Parse("KR"), Names, zoneId);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("timeZoneId");
    }

    [Fact]
    public void A_place_without_a_parent_must_name_its_own_zone()
    {
        var create = () => Region.CreatePlace(new RegionId("Q656"), AdministrativeKind.City, Names, parent: null);

        create.Should().Throw<ArgumentException>().WithMessage("The region Q656 has no parent, so it must name its own time zone.*")
            .Which.ParamName.Should().Be("timeZoneId");
    }

    [Fact]
    public void A_country_cannot_be_created_as_a_part_of_another_region()
    {
        var asPlace = () => Region.CreatePlace(new RegionId("XX"), AdministrativeKind.Country, Names, Seed.Korea);
        var asSubdivision = () => Region.CreateSubdivision(SubdivisionCode.Parse("KR-99"), AdministrativeKind.Country, Names, Seed.Korea);

        asPlace.Should().Throw<ArgumentException>().WithMessage("A country is defined with Region.CreateCountry, *").Which.ParamName.Should().Be("kind");
        asSubdivision.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("kind");
    }

    [Fact]
    public void A_kind_outside_the_enum_is_refused()
    {
        var create = () => Region.CreatePlace(new RegionId("KR-X"), (AdministrativeKind)99, Names, Seed.Korea);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("kind");
    }

    [Fact]
    public void Default_codes_and_ids_are_refused()
    {
        var country = () => Region.CreateCountry(default, Names, "Asia/Seoul");
        var subdivision = () => Region.CreateSubdivision(default, AdministrativeKind.Province, Names, Seed.Korea);
        var former = () => Region.CreateSubdivision(SubdivisionCode.Parse("KR-41"), AdministrativeKind.Province, Names, Seed.Korea, formerCodes: [default]);
        var place = () => Region.CreatePlace(default, AdministrativeKind.City, Names, Seed.Korea);

        country.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
        subdivision.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
        former.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("formerCodes");
        place.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void Missing_names_or_parent_are_refused_as_null()
    {
        var names = () => Region.CreateCountry(CountryCode.Parse("KR"), null!, "Asia/Seoul");
        var parent = () => Region.CreateSubdivision(SubdivisionCode.Parse("KR-41"), AdministrativeKind.Province, Names, null!);

        names.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("names");
        parent.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parent");
    }
}
