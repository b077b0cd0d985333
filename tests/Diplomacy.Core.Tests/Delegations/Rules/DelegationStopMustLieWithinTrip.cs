using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>A stop lies inside the delegation's trip: it arrives no earlier and leaves no later than the trip's start and end, compared as instants.</summary>
public sealed class DelegationStopMustLieWithinTrip
{
    // The trip leaves Gyeonggi at 09:00 on 22 September and returns at 14:00 on 26 September, Seoul time:
    // 08:00 and 13:00 in Shanghai.
    [Theory]
    [InlineData(22, 7, 59, false)] // one minute before the delegation left home
    [InlineData(22, 8, 0, true)]   // boundary: the instant it left home (09:00 in Seoul)
    [InlineData(22, 8, 30, true)]  // 08:30 in Shanghai reads earlier than 09:00, but is 09:30 in Seoul
    public void A_stop_cannot_begin_before_the_trip_has_left_home(int day, int hour, int minute, bool accepted)
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, day, hour, minute), At(2025, 9, 23, 12, 0));

        if (accepted)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationStopMustLieWithinTrip);
            trip.Stops.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(12, 0, true)]
    [InlineData(13, 0, true)]   // boundary: the instant it is back home (14:00 in Seoul)
    [InlineData(13, 1, false)]  // one minute after it is back home
    [InlineData(13, 30, false)] // 13:30 in Shanghai reads earlier than 14:00, but is 14:30 in Seoul
    public void A_stop_cannot_end_after_the_trip_is_back_home(int hour, int minute, bool accepted)
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, 25, 9, 0), At(2025, 9, 26, hour, minute));

        if (accepted)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationStopMustLieWithinTrip);
            trip.Stops.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_refused_stop_outside_the_trip_leaves_the_itinerary_as_it_was()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, 26, 9, 0), At(2025, 9, 27, 10, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationStopMustLieWithinTrip);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void A_refused_stop_outside_the_trip_names_the_place_its_times_the_delegation_and_the_trip_s_times()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, 26, 9, 0), At(2025, 9, 27, 10, 0));

        act.Should().Throw<DomainRuleException>().WithMessage(
            "*(CN-SH)*2025-09-26 09:00 Asia/Shanghai*2025-09-27 10:00 Asia/Shanghai*GG-2025-CN*2025-09-22 09:00 Asia/Seoul*2025-09-26 14:00 Asia/Seoul*");
    }
}
