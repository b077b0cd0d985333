using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>A partial date is the set of days it may be, from Earliest to Latest, both inclusive; a missing bound is open.</summary>
public sealed class PartialDateBounds
{
    [Fact]
    public void An_exact_date_is_one_day()
    {
        var date = PartialDate.On(new LocalDate(2025, 9, 25));

        date.Precision.Should().Be(DatePrecision.Day);
        date.Earliest.Should().Be(new LocalDate(2025, 9, 25));
        date.Latest.Should().Be(new LocalDate(2025, 9, 25));
        date.Exact.Should().Be(new LocalDate(2025, 9, 25));
    }

    [Fact]
    public void A_month_runs_from_its_first_to_its_last_day()
    {
        var date = PartialDate.InMonth(2025, 9);

        date.Precision.Should().Be(DatePrecision.Month);
        date.Earliest.Should().Be(new LocalDate(2025, 9, 1));
        date.Latest.Should().Be(new LocalDate(2025, 9, 30));
        date.Exact.Should().BeNull();
    }

    [Theory]
    [InlineData(2024, 29)] // a leap year: February has 29 days
    [InlineData(2025, 28)]
    [InlineData(2000, 29)] // divisible by 400: a leap year
    [InlineData(1900, 28)] // divisible by 100 but not 400: a common year
    public void February_ends_on_its_last_day_in_that_year(int year, int lastDay)
    {
        PartialDate.InMonth(year, 2).Latest.Should().Be(new LocalDate(year, 2, lastDay));
    }

    [Fact]
    public void A_year_runs_from_1_January_to_31_December()
    {
        var date = PartialDate.InYear(2019);

        date.Precision.Should().Be(DatePrecision.Year);
        date.Earliest.Should().Be(new LocalDate(2019, 1, 1));
        date.Latest.Should().Be(new LocalDate(2019, 12, 31));
    }

    [Fact]
    public void A_bound_leaves_the_other_side_open()
    {
        var onOrBefore = PartialDate.OnOrBefore(new LocalDate(2025, 9, 22));
        var onOrAfter = PartialDate.OnOrAfter(new LocalDate(2025, 9, 22));

        onOrBefore.Earliest.Should().BeNull();
        onOrBefore.Latest.Should().Be(new LocalDate(2025, 9, 22));
        onOrAfter.Earliest.Should().Be(new LocalDate(2025, 9, 22));
        onOrAfter.Latest.Should().BeNull();
    }

    [Fact]
    public void Between_keeps_both_days()
    {
        var date = PartialDate.Between(new LocalDate(2025, 5, 19), new LocalDate(2025, 6, 19));

        date.Precision.Should().Be(DatePrecision.Between);
        date.Earliest.Should().Be(new LocalDate(2025, 5, 19));
        date.Latest.Should().Be(new LocalDate(2025, 6, 19));
    }

    [Fact]
    public void Between_one_day_and_the_same_day_is_that_exact_day()
    {
        var day = new LocalDate(2025, 9, 25);

        PartialDate.Between(day, day).Should().Be(PartialDate.On(day));
    }

    [Fact]
    public void A_reversed_range_is_refused_naming_both_days()
    {
        var between = () => PartialDate.Between(new LocalDate(2025, 6, 19), new LocalDate(2025, 5, 19));

        between.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The latest day 2025-05-19 is before the earliest day 2025-06-19.*")
            .Which.ParamName.Should().Be("latest");
    }

    [Fact]
    public void Unknown_has_no_bounds_and_is_the_default()
    {
        PartialDate.Unknown.Should().Be(default(PartialDate));
        PartialDate.Unknown.Precision.Should().Be(DatePrecision.Unknown);
        PartialDate.Unknown.Earliest.Should().BeNull();
        PartialDate.Unknown.Latest.Should().BeNull();
    }

    [Theory]
    [InlineData(2025, 0)]
    [InlineData(2025, 13)]
    [InlineData(10_000, 1)]
    public void A_month_out_of_range_is_refused(int year, int month)
    {
        var inMonth = () => PartialDate.InMonth(year, month);

        inMonth.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_day_of_another_calendar_is_refused_saying_so()
    {
        var julian = new LocalDate(2025, 9, 12, CalendarSystem.Julian);

        var on = () => PartialDate.On(julian);
        var between = () => PartialDate.Between(new LocalDate(2025, 1, 1), julian);

        on.Should().Throw<ArgumentException>().WithMessage("The date * is not in the ISO calendar.*").Which.ParamName.Should().Be("date");
        between.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("latest");
    }

    [Fact]
    public void A_local_date_converts_to_an_exact_date()
    {
        PartialDate converted = new LocalDate(2025, 9, 23);

        converted.Should().Be(PartialDate.On(new LocalDate(2025, 9, 23)));
        PartialDate.FromLocalDate(new LocalDate(2025, 9, 23)).Should().Be(converted);
    }
}
