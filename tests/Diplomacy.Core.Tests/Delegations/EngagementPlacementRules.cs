using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>An engagement happens at a local time within a stop in its place, from the arrival to the departure inclusive.</summary>
public sealed class EngagementPlacementRules
{
    [Theory]
    [InlineData(24, 13, 0)] // boundary: the minute of arrival belongs to the stop
    [InlineData(25, 10, 0)]
    [InlineData(26, 10, 0)] // boundary: the minute of departure belongs to the stop
    public void An_engagement_within_a_stop_is_filed_under_that_stop(int day, int hour, int minute)
    {
        var trip = TripWithShanghaiStop();

        var stop = trip.AddEngagement(Seed.Shanghai, new SiteVisit(At(2025, 9, day, hour, minute), Tencent));

        stop.Place.Should().Be(Seed.Shanghai);
        stop.Engagements.Should().ContainSingle();
        trip.Stops[1].Should().BeSameAs(stop);
    }

    [Fact]
    public void Engagements_at_a_stop_are_kept_in_the_order_of_their_times()
    {
        var trip = TripWithShanghaiStop();
        var signing = new Signing(At(2025, 9, 25, 15, 0), "Gyeonggi Province–Shanghai Friendly Cooperation MOU", [Seed.Gyeonggi, Seed.Shanghai]);
        var visit = new SiteVisit(At(2025, 9, 25, 10, 0), Tencent);

        trip.AddEngagement(Seed.Shanghai, signing);
        var stop = trip.AddEngagement(Seed.Shanghai, visit);

        stop.Engagements.Should().Equal(visit, signing);
    }

    [Fact]
    public void Engagements_at_the_same_time_are_kept_in_the_order_they_were_added()
    {
        var trip = TripWithShanghaiStop();
        var talks = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")]);
        var books = new Gift(At(2025, 9, 25, 14, 30), "books by Korean authors", 30, "Shanghai Library");

        trip.AddEngagement(Seed.Shanghai, talks);
        var stop = trip.AddEngagement(Seed.Shanghai, books);

        stop.Engagements.Should().Equal(talks, books);
    }
}
