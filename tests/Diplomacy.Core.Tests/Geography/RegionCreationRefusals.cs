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

    [Fact]
    public void A_subdivision_code_of_another_country_is_refused()
    {
        var create = () => Region.CreateSubdivision(SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Names, Seed.Korea);

        var thrown = create.Should().Throw<DomainRuleException>().WithMessage("The subdivision code CN-SH belongs to CN, but the region lies in KR (*).").Which;
        thrown.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
        thrown.SubjectId.Should().Be("CN-SH");
    }

    [Fact]
    public void A_former_code_of_another_country_is_refused()
    {
        var create = () => Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Names, Seed.China, formerCodes: [SubdivisionCode.Parse("KR-31")]);

        create.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
    }

    [Fact]
    public void A_subdivision_code_must_match_the_country_even_below_the_first_level()
    {
        var create = () => Region.CreateSubdivision(SubdivisionCode.Parse("JP-13"), AdministrativeKind.City, Names, Seed.Gyeonggi);

        create.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
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
