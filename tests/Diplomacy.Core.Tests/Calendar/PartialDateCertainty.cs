using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>A question about a day is answered true only when every possible day agrees: the library never guesses inside the uncertainty.</summary>
public sealed class PartialDateCertainty
{
    private static readonly PartialDate November = PartialDate.InMonth(2025, 11);

    [Theory]
    [InlineData(2025, 10, 31, false, true)]
    [InlineData(2025, 11, 1, false, false)] // the first possible day: no longer certainly after
    [InlineData(2025, 11, 15, false, false)] // inside the month: uncertain both ways
    [InlineData(2025, 11, 29, false, false)]
    [InlineData(2025, 11, 30, true, false)] // the last possible day: certainly on or before it
    [InlineData(2025, 12, 1, true, false)]
    public void A_month_is_certainly_on_or_before_its_last_day_and_certainly_after_the_day_before_its_first(
        int year, int month, int day, bool onOrBefore, bool after)
    {
        var asked = new LocalDate(year, month, day);

        November.IsCertainlyOnOrBefore(asked).Should().Be(onOrBefore);
        November.IsCertainlyAfter(asked).Should().Be(after);
    }

    [Theory]
    [InlineData(24, false, true)]
    [InlineData(25, true, false)] // the day itself is on or before, and not after
    [InlineData(26, true, false)]
    public void An_exact_date_is_always_certain(int day, bool onOrBefore, bool after)
    {
        var signing = PartialDate.On(new LocalDate(2025, 9, 25));

        signing.IsCertainlyOnOrBefore(new LocalDate(2025, 9, day)).Should().Be(onOrBefore);
        signing.IsCertainlyAfter(new LocalDate(2025, 9, day)).Should().Be(after);
    }

    [Fact]
    public void An_upper_bound_is_never_certainly_after_any_day()
    {
        var tianjin = PartialDate.OnOrBefore(new LocalDate(2025, 9, 22));

        tianjin.IsCertainlyOnOrBefore(new LocalDate(2025, 9, 22)).Should().BeTrue();
        tianjin.IsCertainlyOnOrBefore(new LocalDate(2025, 9, 21)).Should().BeFalse();
        tianjin.IsCertainlyAfter(LocalDate.MinIsoValue).Should().BeFalse();
    }

    [Fact]
    public void A_lower_bound_is_never_certainly_on_or_before_any_day()
    {
        var later = PartialDate.OnOrAfter(new LocalDate(2025, 9, 22));

        later.IsCertainlyAfter(new LocalDate(2025, 9, 21)).Should().BeTrue();
        later.IsCertainlyAfter(new LocalDate(2025, 9, 22)).Should().BeFalse();
        later.IsCertainlyOnOrBefore(LocalDate.MaxIsoValue).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_date_is_never_certain()
    {
        PartialDate.Unknown.IsCertainlyOnOrBefore(LocalDate.MaxIsoValue).Should().BeFalse();
        PartialDate.Unknown.IsCertainlyAfter(LocalDate.MinIsoValue).Should().BeFalse();
    }

    [Fact]
    public void Two_conflicting_reports_of_an_upgrade_leave_the_days_between_them_uncertain()
    {
        var upgrade = PartialDate.Between(new LocalDate(2025, 5, 19), new LocalDate(2025, 6, 19));

        upgrade.IsCertainlyOnOrBefore(new LocalDate(2025, 6, 1)).Should().BeFalse();
        upgrade.IsCertainlyAfter(new LocalDate(2025, 6, 1)).Should().BeFalse();
        upgrade.IsCertainlyOnOrBefore(new LocalDate(2025, 6, 19)).Should().BeTrue();
        upgrade.IsCertainlyAfter(new LocalDate(2025, 5, 18)).Should().BeTrue();
    }

    [Fact]
    public void One_date_is_certainly_before_another_only_when_their_ranges_do_not_touch()
    {
        var tianjin = PartialDate.OnOrBefore(new LocalDate(2025, 9, 22));
        var chongqing = PartialDate.On(new LocalDate(2025, 9, 23));

        tianjin.IsCertainlyBefore(chongqing).Should().BeTrue();
        chongqing.IsCertainlyBefore(tianjin).Should().BeFalse();
        PartialDate.InMonth(2025, 9).IsCertainlyBefore(chongqing).Should().BeFalse(); // September includes the 23rd
        chongqing.IsCertainlyBefore(PartialDate.Unknown).Should().BeFalse();
    }
}
