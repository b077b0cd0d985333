using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places.Tests;

public class GazetteerResolving
{
    [Fact]
    public void The_resolver_places_a_name_within_the_country_it_is_given()
    {
        var choice = Gazetteer.Resolver.Resolve("Los Angeles", Catalog.Region("US"))!;

        choice.Place!.Parent!.Id.Value.Should().Be("US-CA");
        choice.Place.TimeZone.Id.Should().Be("America/Los_Angeles");
    }

    [Fact]
    public void The_resolver_gives_nothing_for_a_region_that_is_no_country()
    {
        Gazetteer.Resolver.Resolve("Suwon", Catalog.Region("KR-41")).Should().BeNull();
    }
}
