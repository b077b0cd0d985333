using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>Regions nest: a region knows its ancestors (nearest first), its country, and inherits its parent's zone unless it names one.</summary>
public sealed class RegionNesting
{
    [Fact]
    public void A_region_knows_its_ancestors_nearest_first()
    {
        Seed.Suwon.Ancestors.Should().Equal(Seed.Gyeonggi, Seed.Korea);
        Seed.Korea.Ancestors.Should().BeEmpty();
    }

    [Fact]
    public void A_region_knows_its_country_and_a_country_is_its_own()
    {
        Seed.Suwon.Country.Should().Be(Seed.Korea);
        Seed.Shanghai.Country.Should().Be(Seed.China);
        Seed.China.Country.Should().Be(Seed.China);
    }

    [Fact]
    public void A_place_without_a_parent_has_no_country()
    {
        var place = Region.CreatePlace(new RegionId("Q656"), AdministrativeKind.Other, RegionNames.Of("de", "Sankt Petersburg"), null, "Europe/Moscow");

        place.Country.Should().BeNull();
        place.Ancestors.Should().BeEmpty();
    }

    [Fact]
    public void A_region_without_a_zone_of_its_own_takes_its_parents()
    {
        Seed.Suwon.TimeZone.Id.Should().Be("Asia/Seoul");
        Seed.Shanghai.TimeZone.Id.Should().Be("Asia/Shanghai");
    }

    [Fact]
    public void A_zone_given_to_a_region_overrides_its_parents()
    {
        var usa = Region.CreateCountry(CountryCode.Parse("US"), RegionNames.Of("en", "United States"), "America/New_York");

        var hawaii = Region.CreateSubdivision(SubdivisionCode.Parse("US-HI"), AdministrativeKind.State, RegionNames.Of("en", "Hawaii"), usa, "Pacific/Honolulu");

        hawaii.TimeZone.Id.Should().Be("Pacific/Honolulu");
    }

    [Fact]
    public void A_region_is_within_itself_and_each_of_its_ancestors_only()
    {
        Seed.Suwon.IsWithin(Seed.Suwon).Should().BeTrue();
        Seed.Suwon.IsWithin(Seed.Gyeonggi).Should().BeTrue();
        Seed.Suwon.IsWithin(Seed.Korea).Should().BeTrue();
        Seed.Suwon.IsWithin(Seed.China).Should().BeFalse();
        Seed.Gyeonggi.IsWithin(Seed.Suwon).Should().BeFalse();
    }

    [Fact]
    public void Regions_are_equal_when_their_ids_are_whatever_else_they_hold()
    {
        var otherShanghai = Region.CreatePlace(new RegionId("cn-sh"), AdministrativeKind.City, RegionNames.Of("en", "Shanghai (copy)"), Seed.China);

        otherShanghai.Should().Be(Seed.Shanghai);
        otherShanghai.GetHashCode().Should().Be(Seed.Shanghai.GetHashCode());
    }

    [Fact]
    public void A_subdivision_has_a_code_and_former_codes_and_a_country_has_only_a_country_code()
    {
        Seed.Shanghai.SubdivisionCode.Should().Be(SubdivisionCode.Parse("CN-SH"));
        Seed.Shanghai.FormerSubdivisionCodes.Should().Equal(SubdivisionCode.Parse("CN-31"));
        Seed.Shanghai.CountryCode.Should().BeNull();
        Seed.China.CountryCode.Should().Be(CountryCode.Parse("CN"));
        Seed.China.SubdivisionCode.Should().BeNull();
    }
}
