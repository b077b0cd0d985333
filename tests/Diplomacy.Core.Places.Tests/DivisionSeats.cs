using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Places.Tests;

/// <summary>A first-level division is governed from one place: the capital when it lies there, else the division's seat.</summary>
public class DivisionSeats
{
    [Theory]
    [InlineData("KR-41", 1835553)] // Gyeonggi-do: Suwon
    [InlineData("CN-SH", 1796236)] // Shanghai
    [InlineData("JP-01", 2128295)] // Hokkaido: Sapporo
    public void A_division_is_governed_from_its_seat(string division, int seat)
    {
        Gazetteer.SeatOf(new RegionId(division))!.GeoNameId.Should().Be(seat);
    }

    [Theory]
    [InlineData("KR-11", 1835848)] // Seoul
    [InlineData("CN-BJ", 1816670)] // Beijing
    public void The_capital_is_the_seat_of_the_division_it_lies_in(string division, int capital)
    {
        var seat = Gazetteer.SeatOf(new RegionId(division))!;

        seat.GeoNameId.Should().Be(capital);
        seat.Role.Should().Be(PlaceRole.Capital);
    }

    [Fact]
    public void A_former_code_finds_the_seat_of_the_division_it_now_names()
    {
        Gazetteer.SeatOf(new RegionId("CN-31")).Should().BeSameAs(Gazetteer.SeatOf(new RegionId("CN-SH")));
    }

    [Theory]
    [InlineData("KR")] // a country is no first-level division
    [InlineData("geonames:1835553")] // a place
    [InlineData("XX-99")] // no code the catalog knows
    public void What_is_no_first_level_division_has_no_seat(string key)
    {
        Gazetteer.SeatOf(new RegionId(key)).Should().BeNull();
    }
}
