using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>An engagement happens at a local time within a stop in its place, from the arrival to the departure inclusive.</summary>
public sealed class EngagementPlacementRules
{
    private static readonly Organization Tencent = new("Tencent Shanghai office", OrganizationField.InternetServices);

    private static Delegation TripWithShanghaiStop()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));
        return trip;
    }

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

    [Theory]
    [InlineData(24, 12, 59)] // one minute before arrival
    [InlineData(26, 10, 1)]  // one minute after departure
    public void An_engagement_outside_every_stop_in_its_place_is_refused(int day, int hour, int minute)
    {
        var trip = TripWithShanghaiStop();
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddEngagement(Seed.Shanghai, new SiteVisit(At(2025, 9, day, hour, minute), Tencent));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.EngagementMustFallWithinAStop);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void An_engagement_in_a_place_the_delegation_did_not_stop_in_is_refused()
    {
        var trip = TripWithShanghaiStop();

        // 23 September is inside the Chongqing stop, but the engagement names Tianjin.
        var act = () => trip.AddEngagement(Seed.Tianjin, new EventParticipation(At(2025, 9, 23, 10, 0), "Summer Davos"));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.EngagementMustFallWithinAStop);
    }

    [Fact]
    public void An_engagement_is_read_in_the_stop_s_own_zone()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seoul, At(2025, 9, 22, 10, 0), At(2025, 9, 22, 14, 0));

        // 14:30 would be 13:30 in China, inside the stop's span there; in Seoul it is half an hour after the stop.
        var act = () => trip.AddEngagement(Seoul, new EventParticipation(At(2025, 9, 22, 14, 30), "Seoul forum"));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.EngagementMustFallWithinAStop);
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

    [Fact]
    public void A_refused_engagement_where_the_delegation_did_not_stop_names_the_delegation_the_place_and_the_time()
    {
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Tianjin, new EventParticipation(At(2025, 9, 23, 10, 0), "Summer Davos"));

        act.Should().Throw<DomainRuleException>().WithMessage("*GG-2025-CN*(CN-TJ)*2025-09-23 10:00 Asia/Shanghai*");
    }

    [Fact]
    public void A_refused_engagement_between_stops_names_the_time_the_delegation_and_every_stop_in_the_place()
    {
        var trip = TripWithShanghaiStop();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 26, 11, 0), At(2025, 9, 26, 12, 0));

        var act = () => trip.AddEngagement(Seed.Shanghai, new SiteVisit(At(2025, 9, 26, 10, 30), Tencent));

        act.Should().Throw<DomainRuleException>().WithMessage(
            "2025-09-26 10:30 Asia/Shanghai*GG-2025-CN*(CN-SH)*2025-09-24 13:00 → 2025-09-26 10:00 Asia/Shanghai; *2025-09-26 11:00 → 2025-09-26 12:00 Asia/Shanghai*");
    }
}
