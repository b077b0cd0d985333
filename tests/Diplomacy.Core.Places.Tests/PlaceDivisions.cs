using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places.Tests;

public class PlaceDivisions
{
    [Fact]
    public void A_place_lies_in_its_first_level_division_as_the_catalog_region_and_in_its_own_zone()
    {
        var suwon = Gazetteer.Find(1835553)!;

        suwon.Admin1Code.Should().Be("KR.13");
        suwon.Division!.Id.Value.Should().Be("KR-41");
        suwon.Region.Parent!.Id.Value.Should().Be("KR-41");
        suwon.Region.Country!.Id.Value.Should().Be("KR");
        suwon.Region.TimeZone.Id.Should().Be("Asia/Seoul");
        suwon.Region.Kind.Should().Be(AdministrativeKind.City);
        suwon.Region.IsMunicipality.Should().BeTrue();
        suwon.Region.Id.Value.Should().Be("geonames:1835553");
    }

    [Fact]
    public void A_place_of_a_country_spanning_several_zones_keeps_its_own_zone()
    {
        var losAngeles = Gazetteer.Find(5368361)!;

        losAngeles.Region.Parent!.Id.Value.Should().Be("US-CA");
        losAngeles.TimeZoneId.Should().Be("America/Los_Angeles");
        losAngeles.Region.TimeZone.Id.Should().Be("America/Los_Angeles");
    }

    [Fact]
    public void A_place_whose_GeoNames_division_has_no_ISO_code_lies_directly_under_its_country()
    {
        var place = Gazetteer.FindByName("Ramallah", "PS")[0];

        place.Admin1Code.Should().Be("PS.WE");
        place.Division.Should().BeNull();
        place.Region.Parent!.Id.Value.Should().Be("PS");
    }

    [Fact]
    public void A_place_of_Kosovo_sits_under_the_catalog_s_Kosovo_in_its_own_zone()
    {
        var pristina = Gazetteer.Find(786714)!;

        pristina.CountryCode.Should().Be("XK");
        pristina.Region.Parent.Should().BeSameAs(Catalog.Region("XK"));
        pristina.Region.TimeZone.Id.Should().Be("Europe/Belgrade");
        pristina.ToString().Should().Be("Pristina (XK, geonames:786714)");
    }

    [Fact]
    public void A_section_of_a_city_is_a_district()
    {
        Gazetteer.Find(99071)!.Region.Kind.Should().Be(AdministrativeKind.District);
    }

    [Fact]
    public void The_region_of_a_place_is_built_once()
    {
        var place = Gazetteer.Find(1897000)!;

        place.Region.Should().BeSameAs(place.Region);
    }

    [Fact]
    public void Every_admin1_code_left_without_an_ISO_code_is_listed()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "admin1-without-iso.txt"));
        var data = PlaceData.Instance.Value;
        var unplaced = Enumerable.Range(0, data.Count)
            .Select(data.PlaceAt)
            .Where(place => place.Division is null && place.Admin1Code is not null)
            .Select(place => place.Admin1Code!)
            .Distinct()
            .Order(StringComparer.Ordinal);

        unplaced.Should().Equal(listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void At_least_ninety_five_percent_of_places_lie_in_an_ISO_first_level_division()
    {
        var data = PlaceData.Instance.Value;
        var placed = Enumerable.Range(0, data.Count).Count(i => data.PlaceAt(i).Division is not null);

        (100.0 * placed / data.Count).Should().BeGreaterThan(95);
    }
}
