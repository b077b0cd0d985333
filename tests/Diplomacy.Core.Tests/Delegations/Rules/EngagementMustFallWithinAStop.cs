using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>An engagement's local time falls within a stop of the delegation in the place it names, from the stop's arrival to its departure inclusive.</summary>
public sealed class EngagementMustFallWithinAStop
{
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
