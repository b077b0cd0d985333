using CsCheck;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>A partial date is written in the register forms (2025-09-23, 2025-09, 2025, ..d, d.., d..d, unknown) and reads back what it writes.</summary>
public sealed class PartialDateText
{
    public static TheoryData<string, PartialDate> Forms => new()
    {
        { "2025-09-23", PartialDate.On(new LocalDate(2025, 9, 23)) },
        { "2025-09", PartialDate.InMonth(2025, 9) },
        { "2025", PartialDate.InYear(2025) },
        { "..2025-09-22", PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)) },
        { "2025-09-22..", PartialDate.OnOrAfter(new LocalDate(2025, 9, 22)) },
        { "2025-01-01..2025-06-30", PartialDate.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30)) },
        { "unknown", PartialDate.Unknown },
        { "0800", PartialDate.InYear(800) },
        { "-0044-03-15", PartialDate.On(new LocalDate(-44, 3, 15)) }, // before year 0: a minus sign, as ISO 8601 writes it
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_register_form_is_read_and_written_the_same_way(string text, PartialDate date)
    {
        PartialDate.Parse(text).Should().Be(date);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(" unknown ")]
    public void Unknown_is_also_read_from_an_open_range_and_around_white_space(string text)
    {
        PartialDate.Parse(text).Should().Be(PartialDate.Unknown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UNKNOWN")]
    [InlineData("2025-9")]
    [InlineData("2025-02-30")] // no such day
    [InlineData("2025-13")]
    [InlineData("25")]
    [InlineData("12025")]
    [InlineData("2025..2026")] // bounds are days, not years
    [InlineData("...2025-01-01")]
    [InlineData("2025-01-01..2025-02-01..2025-03-01")]
    [InlineData("September 2025")]
    public void Text_in_none_of_the_forms_is_refused_naming_it(string text)
    {
        var parse = () => PartialDate.Parse(text);

        var thrown = parse.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("text");
        thrown.Message.Should().Contain($"'{text}'");
    }

    [Theory]
    [InlineData("2025-06-19..2025-05-19")]
    [InlineData("2085-01-01..2025-04-30")] // found by fuzzing: the refusal named 'latest', an argument the caller never passed
    public void A_reversed_range_in_text_is_refused_naming_the_text(string text)
    {
        var parse = () => PartialDate.Parse(text);

        var thrown = parse.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("text");
        thrown.ActualValue.Should().Be(text);
        thrown.Message.Should().Contain($"'{text}'");
    }

    [Fact]
    public void A_range_of_one_day_in_text_is_that_day()
    {
        PartialDate.Parse("2025-05-19..2025-05-19").Should().Be(PartialDate.On(new LocalDate(2025, 5, 19)));
    }

    [Theory]
    [InlineData("-9998", -9998)] // the ISO calendar's first year: the boundary
    [InlineData("9999", 9999)]
    public void A_year_the_ISO_calendar_holds_is_read(string text, int year)
    {
        PartialDate.Parse(text).Should().Be(PartialDate.InYear(year));
    }

    [Theory]
    [InlineData("-9999")] // found by fuzzing: the refusal named 'year', an argument the caller never passed
    public void A_year_before_the_ISO_calendar_is_refused_naming_the_text(string text)
    {
        var parse = () => PartialDate.Parse(text);

        var thrown = parse.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("text");
        thrown.Message.Should().Contain($"'{text}'");
    }

    [Fact]
    public void Missing_text_is_refused_as_null()
    {
        var parse = () => PartialDate.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Every_partial_date_reads_back_what_it_writes()
    {
        var day = Gen.Int[0, Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days].Select(offset => LocalDate.MinIsoValue.PlusDays(offset));
        var dates = Gen.Select(Gen.Int[0, 6], day, day, (shape, first, second) => shape switch
        {
            0 => PartialDate.On(first),
            1 => PartialDate.InMonth(first.Year, first.Month),
            2 => PartialDate.InYear(first.Year),
            3 => PartialDate.OnOrBefore(first),
            4 => PartialDate.OnOrAfter(first),
            5 => PartialDate.Between(LocalDate.Min(first, second), LocalDate.Max(first, second)),
            _ => PartialDate.Unknown,
        });

        dates.Sample(date => PartialDate.Parse(date.ToString()).Should().Be(date, date.ToString()), iter: PropertySamples.Of(500));
    }
}
