namespace Diplomacy.Core.Places.Tests;

public class PlaceLookupById
{
    [Fact]
    public void A_place_is_found_by_its_GeoNames_id_with_its_country_population_and_coordinates()
    {
        var suwon = Gazetteer.Find(1835553)!;

        suwon.Name.Should().Be("Suwon");
        suwon.CountryCode.Should().Be("KR");
        suwon.Population.Should().BeGreaterThan(1_000_000);
        suwon.Latitude.Should().BeApproximately(37.29, 0.01);
        suwon.Longitude.Should().BeApproximately(127.01, 0.01);
        suwon.ToString().Should().Be("Suwon (KR-41, geonames:1835553)");
    }

    [Fact]
    public void An_id_the_gazetteer_lacks_finds_nothing()
    {
        Gazetteer.Find(-1).Should().BeNull();
        Gazetteer.Find(int.MaxValue).Should().BeNull();
    }

    [Fact]
    public void A_place_found_twice_is_the_same_instance_and_the_second_look_up_allocates_nothing()
    {
        var first = Gazetteer.Find(1841811);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var second = Gazetteer.Find(1841811);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        second.Should().BeSameAs(first);
        allocated.Should().Be(0);
    }

    [Fact]
    public void The_gazetteer_holds_every_populated_place_of_a_thousand_people_or_more()
    {
        Gazetteer.Count.Should().BeInRange(118_000, 119_000);
    }
}
