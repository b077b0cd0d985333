namespace Diplomacy.Core.Places.Tests;

public class PlaceDataLoading
{
    [Fact]
    public void The_data_read_afresh_holds_the_same_places_in_the_same_order()
    {
        var fresh = PlaceData.Load();

        fresh.Count.Should().Be(Gazetteer.Count);
        fresh.PlaceAt(0).GeoNameId.Should().Be(PlaceData.Instance.Value.PlaceAt(0).GeoNameId);
        fresh.IndexOf(1835553).Should().Be(PlaceData.Instance.Value.IndexOf(1835553));
    }

    [Fact]
    public void Places_are_ordered_by_GeoNames_id_so_that_an_id_is_found_by_binary_search()
    {
        var data = PlaceData.Instance.Value;

        Enumerable.Range(1, data.Count - 1).Should().OnlyContain(i => data.IdAt(i - 1) < data.IdAt(i));
    }
}
