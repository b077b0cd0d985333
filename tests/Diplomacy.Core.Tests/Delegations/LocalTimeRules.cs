using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// Times are written in local time at the place: a time the clocks skipped is refused, a time that happened twice is
/// the earlier instant, and a span must end after it begins.
/// </summary>
public sealed class LocalTimeRules
{
    private static Delegation GyeonggiToPrague(int month, int fromDay, int toDay) => Delegation.PlanOutbound(
        new DelegationId("GG-2025-CZ"), Seed.Gyeonggi, "Visit to Prague", Governor, At(2025, month, fromDay, 9, 0), At(2025, month, toDay, 20, 0));

    [Fact]
    public void A_stop_arriving_at_a_time_the_clocks_skipped_is_refused()
    {
        // Prague moved its clocks from 02:00 to 03:00 on 30 March 2025: 02:30 did not happen there.
        var trip = GyeonggiToPrague(3, 28, 31);

        var act = () => trip.AddStop(Prague, At(2025, 3, 30, 2, 30), At(2025, 3, 30, 12, 0));

        act.Should().Throw<ArgumentException>().WithParameterName("arrival");
        trip.Stops.Should().BeEmpty();
    }

    [Fact]
    public void A_stop_arriving_at_a_time_that_happened_twice_arrives_at_the_earlier_instant()
    {
        // Prague moved its clocks back from 03:00 to 02:00 on 26 October 2025: 02:30 happened at +02:00, then at +01:00.
        var trip = GyeonggiToPrague(10, 24, 28);

        var stop = trip.AddStop(Prague, At(2025, 10, 26, 2, 30), At(2025, 10, 26, 12, 0));

        stop.Arrival.Offset.Should().Be(Offset.FromHours(2));
    }

    [Fact]
    public void An_engagement_at_a_time_the_clocks_skipped_is_refused()
    {
        var trip = GyeonggiToPrague(3, 28, 31);
        trip.AddStop(Prague, At(2025, 3, 29, 12, 0), At(2025, 3, 31, 12, 0));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddEngagement(Prague, new EventParticipation(At(2025, 3, 30, 2, 15), "Night of the Museums"));

        act.Should().Throw<ArgumentException>().WithParameterName("engagement");
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData(12, 0)] // boundary: leaves at the very minute it arrives
    [InlineData(11, 0)] // leaves before it arrives
    public void A_stop_must_end_after_it_begins(int hour, int minute)
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 23, hour, minute));

        act.Should().Throw<ArgumentException>().WithParameterName("departure");
        trip.Stops.Should().BeEmpty();
    }

    [Theory]
    [InlineData(26, 14, 0)] // boundary: comes back at the very minute it leaves
    [InlineData(22, 9, 0)]  // comes back before it leaves
    public void A_trip_must_come_back_after_it_leaves(int day, int hour, int minute)
    {
        var act = () => Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"), Seed.Gyeonggi, "Backwards", Governor, At(2025, 9, 26, 14, 0), At(2025, 9, day, hour, minute));

        act.Should().Throw<ArgumentException>().WithParameterName("returnsHome");
    }

    [Fact]
    public void A_refused_backwards_trip_names_its_two_times()
    {
        var act = () => Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"), Seed.Gyeonggi, "Backwards", Governor, At(2025, 9, 26, 14, 0), At(2025, 9, 22, 9, 0));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-09-22 09:00 Asia/Seoul*2025-09-26 14:00 Asia/Seoul*");
    }

    [Fact]
    public void A_refused_backwards_stop_names_its_two_times()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 23, 11, 0));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-09-23 11:00 Asia/Shanghai*2025-09-23 12:00 Asia/Shanghai*");
    }

    [Fact]
    public void A_refused_skipped_time_names_the_time_and_the_zone()
    {
        var trip = GyeonggiToPrague(3, 28, 31);

        var act = () => trip.AddStop(Prague, At(2025, 3, 30, 2, 30), At(2025, 3, 30, 12, 0));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-03-30 02:30*Europe/Prague*");
    }

    [Fact]
    public void The_trip_is_written_in_the_home_region_s_zone()
    {
        var trip = GyeonggiToChina();

        trip.Start.Zone.Should().Be(Seed.Gyeonggi.TimeZone);
        trip.Start.ToInstant().Should().Be(Instant.FromUtc(2025, 9, 22, 0, 0));
    }
}
