using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>An all-numeric date with the year last is read only in the day-month order the caller names, never guessed from the value.</summary>
public sealed class NumericDateOrders
{
    [Theory]
    [InlineData("03.04.2019")]
    [InlineData("04/03/2019")]
    [InlineData("25/10/1993")] // no month 25, yet still not guessed
    public void A_numeric_date_with_the_year_last_is_refused_when_no_order_is_named(string written)
    {
        LocalDateForms.RefusalOf(written).Should().Be(RowRefusalReason.MalformedDate);
    }

    [Theory]
    [InlineData("03.04.2019", "2019-04-03")]
    [InlineData("03/04/2019", "2019-04-03")]
    [InlineData("3-4-2019", "2019-04-03")]
    [InlineData("25.10.1993.", "1993-10-25")]
    public void Day_first_reads_the_first_number_as_the_day(string written, string iso)
    {
        Read(written, NumericDateOrder.DayMonthYear).Should().Be(PartialDate.Parse(iso));
    }

    [Theory]
    [InlineData("04/03/2019", "2019-04-03")]
    [InlineData("4.3.2019", "2019-04-03")]
    [InlineData("10/25/1993", "1993-10-25")]
    public void Month_first_reads_the_first_number_as_the_month(string written, string iso)
    {
        Read(written, NumericDateOrder.MonthDayYear).Should().Be(PartialDate.Parse(iso));
    }

    [Theory]
    [InlineData("25/10/1993", NumericDateOrder.MonthDayYear)] // month 25
    [InlineData("31.04.2019", NumericDateOrder.DayMonthYear)] // 31 April
    [InlineData("03.04/2019", NumericDateOrder.DayMonthYear)] // two separators
    public void A_numeric_date_the_named_order_makes_impossible_is_refused(string written, NumericDateOrder order)
    {
        LocalDateForms.RefusalOf(written, order).Should().Be(RowRefusalReason.MalformedDate);
    }

    private static PartialDate Read(string written, NumericDateOrder order)
    {
        var report = Import(GyeonggiRegister(), $"home\tpartner\tdate\nKR-41\tCN-SH\t{written}\n", new SheetImportOptions { NumericDateOrder = order, Separator = '\t' });
        report.Refused.Should().BeEmpty();
        return report.TiesCreated.Single().SignedOn!.Value;
    }
}
