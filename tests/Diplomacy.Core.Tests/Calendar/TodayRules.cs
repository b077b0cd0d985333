using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using NodaTime.Testing;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>"Today" is the observer's date in the observer's zone, read from the clock the caller passes.</summary>
public sealed class TodayRules
{
    // 16:30 UTC on 25 September 2025: still the 25th in UTC, already 00:30 on the 26th in Shanghai.
    private static readonly FakeClock LateOnThe25thInUtc = new(Instant.FromUtc(2025, 9, 25, 16, 30));

    [Fact]
    public void An_instant_that_is_already_tomorrow_in_Shanghai_is_tomorrow_for_a_Shanghai_observer()
    {
        Today.For(LateOnThe25thInUtc, Seed.Shanghai).Should().Be(new LocalDate(2025, 9, 26));
    }

    [Fact]
    public void The_same_instant_is_still_today_for_an_observer_in_UTC()
    {
        Today.In(LateOnThe25thInUtc, DateTimeZone.Utc).Should().Be(new LocalDate(2025, 9, 25));
    }

    [Fact]
    public void The_status_of_a_tie_signed_on_the_26th_is_in_force_for_Seoul_but_not_yet_for_London_at_that_instant()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 26);
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];

        mou.StatusOn(Today.For(LateOnThe25thInUtc, Seed.Gyeonggi)).Should().Be(AgreementStatus.InForce);
        mou.StatusOn(Today.In(LateOnThe25thInUtc, london)).Should().Be(AgreementStatus.None);
    }

    [Fact]
    public void Today_reads_the_clock_it_is_given_each_time()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 9, 25, 12, 0));
        var first = Today.For(clock, Seed.Gyeonggi);

        clock.Advance(Duration.FromDays(1));

        Today.For(clock, Seed.Gyeonggi).Should().Be(first.PlusDays(1));
    }

    [Fact]
    public void Today_without_a_clock_zone_or_observer_is_refused_naming_what_is_missing()
    {
        var noClock = () => Today.In(null!, DateTimeZone.Utc);
        var noZone = () => Today.In(LateOnThe25thInUtc, null!);
        var noObserver = () => Today.For(LateOnThe25thInUtc, null!);
        var noClockForObserver = () => Today.For(null!, Seed.Shanghai);

        noClock.Should().Throw<ArgumentNullException>().WithParameterName("clock");
        noZone.Should().Throw<ArgumentNullException>().WithParameterName("zone");
        noObserver.Should().Throw<ArgumentNullException>().WithParameterName("observer");
        noClockForObserver.Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }
}
