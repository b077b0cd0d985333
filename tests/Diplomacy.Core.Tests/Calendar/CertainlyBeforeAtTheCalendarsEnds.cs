using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>
/// A date is certainly before another when its last possible day comes before the other's first possible day; this
/// holds at the ISO calendar's ends too, where no day comes before the first or after the last.
/// </summary>
public sealed class CertainlyBeforeAtTheCalendarsEnds
{
    [Fact]
    public void Nothing_is_certainly_before_a_date_that_may_fall_on_the_calendars_first_day()
    {
        var first = PartialDate.On(LocalDate.MinIsoValue);

        first.IsCertainlyBefore(first).Should().BeFalse();
        PartialDate.OnOrBefore(LocalDate.MinIsoValue).IsCertainlyBefore(PartialDate.OnOrAfter(LocalDate.MinIsoValue)).Should().BeFalse();
    }

    [Fact]
    public void The_calendars_first_day_is_certainly_before_the_next_day_and_its_last_but_one_before_its_last()
    {
        PartialDate.On(LocalDate.MinIsoValue).IsCertainlyBefore(PartialDate.On(LocalDate.MinIsoValue.PlusDays(1))).Should().BeTrue();
        PartialDate.On(LocalDate.MaxIsoValue.PlusDays(-1)).IsCertainlyBefore(PartialDate.On(LocalDate.MaxIsoValue)).Should().BeTrue();
        PartialDate.On(LocalDate.MaxIsoValue).IsCertainlyBefore(PartialDate.On(LocalDate.MaxIsoValue)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-11", "2025-12-01", true)] // the month's last day comes before the 1st of December
    [InlineData("2025-11", "2025-11-30", false)] // boundary: the month may end on that very day
    [InlineData("2025-11-30", "2025-11-30", false)] // a day is not before itself
    [InlineData("2025-11-29", "2025-11-30", true)]
    [InlineData("2025-11-01..", "2026-01-01", false)] // no last possible day: it may come after anything
    [InlineData("2025-11-29", "..2025-12-31", false)] // no first possible day: anything may come after it
    [InlineData("unknown", "2026-01-01", false)]
    public void A_date_is_certainly_before_another_only_when_its_last_possible_day_comes_before_the_others_first(string date, string other, bool before)
    {
        PartialDate.Parse(date).IsCertainlyBefore(PartialDate.Parse(other)).Should().Be(before);
    }
}
