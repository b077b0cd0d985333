using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A signing date is read in the forms Korean, Japanese, Chinese and English registers write, to the precision written.</summary>
public sealed class LocalDateForms
{
    [Theory]
    [InlineData("2019. 11. 27.", "2019-11-27")] // the Korean portal's dotted form, spaces and a final dot
    [InlineData("1967. 6. 27.", "1967-06-27")]
    [InlineData("2019.11.27", "2019-11-27")]
    [InlineData("1976.10.11", "1976-10-11")]
    [InlineData("2019.11", "2019-11")]
    [InlineData("2019.12.31", "2019-12-31")] // December, the last month there is
    [InlineData("2019년 11월 27일", "2019-11-27")]
    [InlineData("2019년 11월", "2019-11")]
    [InlineData("2019년", "2019")]
    [InlineData("1997年4月1日", "1997-04-01")]
    [InlineData("1997年4月", "1997-04")]
    [InlineData("１９９７年４月１日", "1997-04-01")] // full-width digits, as Japanese lists type them
    [InlineData("2019/11/27", "2019-11-27")]
    [InlineData("27 November 2019", "2019-11-27")]
    [InlineData("27 Nov 2019", "2019-11-27")]
    [InlineData("November 27, 2019", "2019-11-27")]
    [InlineData("November 2019", "2019-11")]
    public void Each_form_registers_write_is_read_as_the_date_it_names(string written, string iso)
    {
        ReadAs(written).Should().Be(PartialDate.Parse(iso));
    }

    [Theory]
    [InlineData("平成9年4月1日", "1997-04-01")]
    [InlineData("平成9年4月", "1997-04")]
    [InlineData("令和7年", "2025")]
    [InlineData("令和元年", "2019")] // 元年: the era's first year
    [InlineData("平成元年1月8日", "1989-01-08")] // Heisei's first day
    [InlineData("昭和64年1月7日", "1989-01-07")] // Showa's last day
    [InlineData("明治45年7月29日", "1912-07-29")]
    [InlineData("㍻9年4月1日", "1997-04-01")] // the era's ligature
    public void A_Japanese_era_date_is_counted_from_the_era_s_first_year_as_NET_s_Japanese_calendar_holds_it(string written, string iso)
    {
        ReadAs(written).Should().Be(PartialDate.Parse(iso));
    }

    [Theory]
    [InlineData("平成元年1月7日")] // the day before Heisei began
    [InlineData("昭和64年1月8日")] // the day Showa had ended
    [InlineData("令和0年")]
    [InlineData("昭和70年")] // a year after the era
    [InlineData("天保3年")] // an era .NET's calendar does not hold
    public void A_Japanese_era_date_outside_its_era_is_refused(string written)
    {
        RefusalOf(written).Should().Be(RowRefusalReason.MalformedDate);
    }

    [Theory]
    [InlineData("1990s", "1990-01-01..1999-12-31")]
    [InlineData("1990's", "1990-01-01..1999-12-31")]
    [InlineData("1990년대", "1990-01-01..1999-12-31")]
    [InlineData("1990年代", "1990-01-01..1999-12-31")]
    public void A_decade_is_a_date_between_its_first_and_last_day(string written, string bounds)
    {
        ReadAs(written).Should().Be(PartialDate.Parse(bounds));
    }

    [Theory]
    [InlineData("2019.02.30")]
    [InlineData("2019. 2. 29.")] // 2019 is a common year
    [InlineData("2019년 2월 30일")]
    [InlineData("2019年13月")]
    [InlineData("2019/04/31")]
    [InlineData("31 April 2019")]
    public void A_day_or_month_the_calendar_does_not_hold_is_refused(string written)
    {
        RefusalOf(written).Should().Be(RowRefusalReason.MalformedDate);
    }

    [Fact]
    public void A_leap_day_in_a_leap_year_is_read()
    {
        ReadAs("2020. 2. 29.").Should().Be(PartialDate.Parse("2020-02-29"));
    }

    [Theory]
    [InlineData("Smarch 2019")]
    [InlineData("Smarch 27, 2019")]
    [InlineData("١٩٩٧.٤.١")] // Arabic-Indic digits are not a register's date
    public void A_word_or_digit_no_register_writes_is_refused(string written)
    {
        RefusalOf(written).Should().Be(RowRefusalReason.MalformedDate);
    }

    [Fact]
    public void An_unreadable_date_is_refused_with_its_line_its_column_and_the_forms_read()
    {
        var report = Import(GyeonggiRegister(), "home,partner,signed\nKR-41,CN-SH,2019-11-27\nKR-41,CN-TJ,soon\n", new SheetImportOptions { Columns = new SheetColumns { Date = "signed" } });

        var refused = report.Refused.Single();
        refused.Line.Should().Be(3);
        refused.Reason.Should().Be(RowRefusalReason.MalformedDate);
        refused.Message.Should().Contain("'signed'").And.Contain("2025년 9월 23일");
    }

    private static PartialDate ReadAs(string written, NumericDateOrder order = NumericDateOrder.Unnamed)
    {
        var report = Import(GyeonggiRegister(), $"home\tpartner\tdate\nKR-41\tCN-SH\t{written}\n", new SheetImportOptions { NumericDateOrder = order, Separator = '\t' });
        report.Refused.Should().BeEmpty();
        return report.TiesCreated.Single().SignedOn!.Value;
    }

    internal static RowRefusalReason? RefusalOf(string written, NumericDateOrder order = NumericDateOrder.Unnamed)
    {
        var register = GyeonggiRegister();
        var report = Import(register, $"home\tpartner\tdate\nKR-41\tCN-SH\t{written}\n", new SheetImportOptions { NumericDateOrder = order, Separator = '\t' });
        if (report.Refused.Count > 0)
        {
            Size(register).Should().Be((2, 0));
        }

        return report.Refused.SingleOrDefault()?.Reason;
    }
}
