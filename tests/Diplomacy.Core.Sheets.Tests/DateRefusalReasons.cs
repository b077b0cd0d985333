using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>An unreadable date is refused with what is wrong with it: the month, the day, the era, the order of its numbers, or its form.</summary>
public sealed class DateRefusalReasons
{
    [Theory]
    [InlineData("2019.13.01", "13 is not a month")]
    [InlineData("2019.02.30", "2019-02 has no day 30")]
    [InlineData("天保3年", "'天保' is not a Japanese era")]
    [InlineData("平成元年1月7日", "is not a date of the era 平成")]
    [InlineData("03.04.2019", "could be either way round")] // year last, and no order named
    [InlineData("soon", "is not a date as registers write them")]
    public void The_refusal_of_an_unreadable_date_says_what_is_wrong_with_it(string written, string what)
    {
        var report = Import(GyeonggiRegister(), $"home\tpartner\tdate\nKR-41\tCN-SH\t{written}\n", new SheetImportOptions { Separator = '\t' });

        var refused = report.Refused.Single();
        refused.Reason.Should().Be(RowRefusalReason.MalformedDate);
        refused.Message.Should().Contain(what);
    }

    [Fact]
    public void The_refusal_of_a_date_in_a_sheet_s_first_column_names_that_column()
    {
        var report = Import(GyeonggiRegister(), "signed,home,partner\nsoon,KR-41,CN-SH\n", new SheetImportOptions { Columns = new SheetColumns { Date = "signed" } });

        report.Refused.Single().Message.Should().Contain("column 'signed'");
    }
}
