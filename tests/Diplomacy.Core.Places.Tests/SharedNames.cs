namespace Diplomacy.Core.Places.Tests;

public class SharedNames
{
    [Fact]
    public void Within_a_country_the_capital_is_chosen_before_any_namesake()
    {
        var choice = Gazetteer.Choose("Washington", "US")!;

        choice.Place!.Parent!.Id.Value.Should().Be("US-DC");
        choice.Candidates.Should().HaveCountGreaterThan(10);
        choice.Rule.Should().Contain("the capital");
    }

    [Fact]
    public void The_seat_of_a_first_level_division_is_chosen_before_a_namesake_that_is_no_seat()
    {
        var choice = Gazetteer.Choose("Gwangju", "KR")!;

        choice.Place!.Parent!.Id.Value.Should().Be("KR-29");
        choice.Candidates.Should().HaveCount(2);
    }

    [Fact]
    public void The_seat_of_a_first_level_division_is_chosen_before_more_populous_seats_of_second_level_divisions()
    {
        var choice = Gazetteer.Choose("Springfield", "US")!;

        choice.Place!.Parent!.Id.Value.Should().Be("US-IL");
    }

    [Theory]
    [InlineData("Springfield")]
    [InlineData("SPRINGFIELD")]
    [InlineData(" Spríngfield ")]
    public void The_places_sharing_a_name_are_listed_each_once_in_the_order_the_rule_prefers_whatever_the_spelling(string name)
    {
        var data = PlaceData.Instance.Value;
        var places = Gazetteer.FindByName(name, "US");
        var indexes = places.Select(place => data.IndexOf(place.GeoNameId)).ToList();

        places.Should().HaveCountGreaterThan(10).And.OnlyHaveUniqueItems();
        indexes.Should().BeInAscendingOrder(Comparer<int>.Create((a, b) => Gazetteer.Compare(data, a, b)));
        places.Select(place => place.GeoNameId).Should().Equal(Gazetteer.FindByName("Springfield", "US").Select(place => place.GeoNameId));
    }

    [Fact]
    public void Without_a_capital_or_seat_among_them_the_most_populous_is_chosen()
    {
        var choice = Gazetteer.Choose("Buenos Aires", "MX")!;

        choice.Place!.Id.Value.Should().Be("geonames:8858162");
        choice.Rule.Should().Contain("most populous");
    }

    [Fact]
    public void Places_that_rank_alike_with_the_same_population_are_not_told_apart()
    {
        var choice = Gazetteer.Choose("Kiten", "BG")!;

        choice.Place.Should().BeNull();
        choice.Candidates.Should().HaveCount(2);
    }

    [Fact]
    public void A_name_one_place_of_the_country_bears_chooses_it()
    {
        var choice = Gazetteer.Choose("Suwon", "KR")!;

        choice.Place!.Id.Value.Should().Be("geonames:1835553");
        choice.Candidates.Should().ContainSingle();
    }

    [Fact]
    public void A_name_no_place_of_the_country_bears_gives_no_choice()
    {
        Gazetteer.Choose("Suwon", "JP").Should().BeNull();
    }

    [Theory]
    [InlineData(PlaceRole.Capital, 0)]
    [InlineData(PlaceRole.SeatOfGovernment, 1)]
    [InlineData(PlaceRole.FirstLevelSeat, 2)]
    [InlineData(PlaceRole.SecondLevelSeat, 3)]
    [InlineData(PlaceRole.LowerSeat, 4)]
    [InlineData(PlaceRole.None, 4)]
    public void Seats_below_the_second_level_rank_as_any_place(PlaceRole role, int rank)
    {
        Gazetteer.RankOf(role).Should().Be(rank);
    }

    [Theory]
    [InlineData(PlaceRole.Capital, "the capital")]
    [InlineData(PlaceRole.SeatOfGovernment, "the seat of government")]
    [InlineData(PlaceRole.FirstLevelSeat, "the seat of a first-level division")]
    [InlineData(PlaceRole.SecondLevelSeat, "the seat of a second-level division")]
    public void The_rule_reported_names_the_role_that_decided(PlaceRole role, string words)
    {
        Gazetteer.Describe(role).Should().Be(words);
    }

    [Theory]
    [InlineData("PPLC", PlaceRole.Capital)]
    [InlineData("PPLG", PlaceRole.SeatOfGovernment)]
    [InlineData("PPLA", PlaceRole.FirstLevelSeat)]
    [InlineData("PPLA2", PlaceRole.SecondLevelSeat)]
    [InlineData("PPLA3", PlaceRole.LowerSeat)]
    [InlineData("PPLA4", PlaceRole.LowerSeat)]
    [InlineData("PPLA5", PlaceRole.LowerSeat)]
    [InlineData("PPL", PlaceRole.None)]
    [InlineData("PPLX", PlaceRole.None)]
    public void A_place_role_follows_its_GeoNames_feature_code(string featureCode, PlaceRole role)
    {
        Place.RoleOf(featureCode).Should().Be(role);
    }
}
