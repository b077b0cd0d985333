using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// Being a municipality depends on the kind (a city), being a first-level division on the parent (a country):
/// Shanghai is both.
/// </summary>
public sealed class MunicipalityAndFirstLevelDivision
{
    [Fact]
    public void Shanghai_is_a_municipality_and_one_of_Chinas_province_level_divisions()
    {
        Seed.Shanghai.IsMunicipality.Should().BeTrue();
        Seed.Shanghai.IsFirstLevelDivision.Should().BeTrue();
    }

    [Fact]
    public void Gyeonggi_is_a_first_level_division_but_not_a_municipality()
    {
        Seed.Gyeonggi.IsFirstLevelDivision.Should().BeTrue();
        Seed.Gyeonggi.IsMunicipality.Should().BeFalse();
    }

    [Fact]
    public void Suwon_is_a_municipality_below_the_first_level()
    {
        Seed.Suwon.IsMunicipality.Should().BeTrue();
        Seed.Suwon.IsFirstLevelDivision.Should().BeFalse();
    }

    [Fact]
    public void A_country_is_neither_a_municipality_nor_a_division()
    {
        Seed.Korea.IsCountry.Should().BeTrue();
        Seed.Korea.IsMunicipality.Should().BeFalse();
        Seed.Korea.IsFirstLevelDivision.Should().BeFalse();
    }

    [Theory]
    [InlineData(AdministrativeKind.DirectAdministeredMunicipality, true)]
    [InlineData(AdministrativeKind.SpecialCity, true)]
    [InlineData(AdministrativeKind.MetropolitanCity, true)]
    [InlineData(AdministrativeKind.SpecialSelfGoverningCity, true)]
    [InlineData(AdministrativeKind.City, true)]
    [InlineData(AdministrativeKind.Province, false)]
    [InlineData(AdministrativeKind.State, false)]
    [InlineData(AdministrativeKind.Prefecture, false)]
    [InlineData(AdministrativeKind.Region, false)]
    [InlineData(AdministrativeKind.AutonomousRegion, false)]
    [InlineData(AdministrativeKind.SpecialAdministrativeRegion, false)] // Hong Kong is a SAR, not counted as a city
    [InlineData(AdministrativeKind.SpecialSelfGoverningProvince, false)]
    [InlineData(AdministrativeKind.County, false)]
    [InlineData(AdministrativeKind.District, false)]
    [InlineData(AdministrativeKind.Other, false)]
    public void Only_the_city_kinds_are_municipalities(AdministrativeKind kind, bool isMunicipality)
    {
        var region = Region.CreatePlace(new RegionId("KR-TEST"), kind, RegionNames.Of("en", "Test"), Seed.Korea);

        region.IsMunicipality.Should().Be(isMunicipality);
        region.IsFirstLevelDivision.Should().BeTrue();
    }

    [Fact]
    public void Every_kind_but_country_is_covered_by_the_municipality_table()
    {
        Enum.GetValues<AdministrativeKind>().Should().HaveCount(16, "each new kind needs a row in the table above");
    }
}
