using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>Two stops of one delegation do not overlap in real time (compared as instants, not local clocks); one may begin at the instant the other ends.</summary>
public sealed class DelegationStopsMustNotOverlap
{
    [Fact]
    public void A_Seoul_stop_starting_at_18_30_overlaps_a_Shanghai_stop_ending_at_18_00_the_same_day()
    {
        // Given a stop in Shanghai until 18:00 China time
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));
        var before = DelegationSnapshot.Of(trip);

        // When a stop in Seoul starts at 18:30 Korea time, which is 17:30 in Shanghai
        var act = () => trip.AddStop(Seoul, At(2025, 9, 24, 18, 30), At(2025, 9, 25, 12, 0));

        // Then it is refused, though 18:30 reads later than 18:00 on the two clocks
        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationStopsMustNotOverlap);
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData(2025, 9, 23, 8, 0, 2025, 9, 23, 10, 0)]   // ends inside the existing stop
    [InlineData(2025, 9, 24, 17, 59, 2025, 9, 25, 10, 0)] // begins one minute before the existing stop ends
    [InlineData(2025, 9, 23, 12, 0, 2025, 9, 23, 14, 0)]  // lies wholly inside
    [InlineData(2025, 9, 22, 12, 0, 2025, 9, 25, 12, 0)]  // wholly covers it
    [InlineData(2025, 9, 23, 9, 0, 2025, 9, 24, 18, 0)]   // the very same span
    public void A_stop_that_shares_any_instant_with_another_beyond_a_touching_end_is_refused(
        int fromYear, int fromMonth, int fromDay, int fromHour, int fromMinute, int toYear, int toMonth, int toDay, int toHour, int toMinute)
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddStop(Seed.Chongqing, At(fromYear, fromMonth, fromDay, fromHour, fromMinute), At(toYear, toMonth, toDay, toHour, toMinute));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationStopsMustNotOverlap);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void A_stop_may_begin_at_the_very_instant_the_previous_one_ends_though_the_clocks_differ()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));

        // 19:00 in Seoul is 18:00 in Shanghai: the stops touch and do not overlap.
        trip.AddStop(Seoul, At(2025, 9, 24, 19, 0), At(2025, 9, 25, 12, 0));

        trip.Stops.Should().HaveCount(2);
    }

    [Fact]
    public void A_refused_stop_names_the_delegation_it_was_refused_for()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));

        var act = () => trip.AddStop(Seed.Chongqing, At(2025, 9, 24, 12, 0), At(2025, 9, 25, 12, 0));

        act.Should().Throw<DomainRuleException>().Which.SubjectId.Should().Be("GG-2025-CN");
    }

    [Fact]
    public void A_stop_may_end_at_the_very_instant_the_next_one_begins_when_added_after_it()
    {
        var trip = GyeonggiToChina();
        var later = trip.AddStop(Seoul, At(2025, 9, 24, 19, 0), At(2025, 9, 25, 12, 0));

        // 18:00 in Shanghai is 19:00 in Seoul: the earlier stop ends as the later one begins.
        var earlier = trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));

        trip.Stops.Should().Equal(earlier, later);
    }

    [Fact]
    public void A_refused_overlapping_stop_names_both_stops_and_the_other_stop_s_times_in_the_new_place_s_zone()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));

        var act = () => trip.AddStop(Seoul, At(2025, 9, 24, 18, 30), At(2025, 9, 25, 12, 0));

        act.Should().Throw<DomainRuleException>().WithMessage(
            "*(KR-11)*2025-09-24 18:30 Asia/Seoul*2025-09-25 12:00 Asia/Seoul*(CN-SH)*2025-09-23 09:00 Asia/Shanghai*2025-09-24 18:00 Asia/Shanghai*"
            + "Asia/Seoul*2025-09-23 10:00 Asia/Seoul*2025-09-24 19:00 Asia/Seoul*");
    }
}
