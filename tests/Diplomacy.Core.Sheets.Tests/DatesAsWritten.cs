using CsCheck;
using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A signing date is read as registers write it, as far as it is known, by the core's partial-date rule.</summary>
public sealed class DatesAsWritten
{
    [Theory]
    [InlineData("1993-10-25", DatePrecision.Day)]
    [InlineData("1993-10", DatePrecision.Month)]
    [InlineData("2011", DatePrecision.Year)]
    [InlineData("..2025-09-22", DatePrecision.OnOrBefore)]
    [InlineData("2025-09-22..", DatePrecision.OnOrAfter)]
    [InlineData("unknown", DatePrecision.Unknown)]
    [InlineData("", DatePrecision.Unknown)] // an empty cell: the date is not known
    public void A_date_is_kept_as_far_as_it_is_known(string written, DatePrecision precision)
    {
        var report = Import(GyeonggiRegister(), $"home,partner,date\nKR-41,CN-SH,{written}\n");

        var signedOn = report.TiesCreated.Single().SignedOn!.Value;
        signedOn.Precision.Should().Be(precision);
        if (written.Length > 0)
        {
            signedOn.Should().Be(PartialDate.Parse(written));
        }
    }

    [Theory]
    [InlineData("25/10/1993")]
    [InlineData("1993-13")]
    [InlineData("soon")]
    public void A_date_in_no_form_registers_write_is_refused(string written)
    {
        var register = GyeonggiRegister();

        var report = Import(register, $"home,partner,date\nKR-41,CN-SH,{written}\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.MalformedDate && r.Message.Contains(written));
        Size(register).Should().Be((2, 0));
    }

    [Theory]
    [InlineData("\uFFFE 2019")]
    [InlineData("2019.11.\uFFFF")]
    [InlineData("2019\uD800")]
    [InlineData("\uDC00")]
    public void A_date_cell_holding_a_noncharacter_or_a_lone_surrogate_is_refused_as_in_no_form(string written)
    {
        var register = GyeonggiRegister();

        var report = Import(register, $"home,partner,date\nKR-41,CN-SH,{written}\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.MalformedDate);
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Every_form_the_core_writes_is_read_as_the_core_reads_it()
    {
        var day = Gen.Int[-9980, 9999].SelectMany(year => Gen.Int[1, 12].SelectMany(month => Gen.Int[1, 28].Select(d => new LocalDate(year, month, d))));
        var date = Gen.OneOf(
            day.Select(PartialDate.On),
            day.Select(d => PartialDate.InMonth(d.Year, d.Month)),
            day.Select(d => PartialDate.InYear(d.Year)),
            day.Select(PartialDate.OnOrBefore),
            day.Select(PartialDate.OnOrAfter),
            Gen.Select(day, Gen.Int[1, 5000], (d, days) => PartialDate.Between(d.PlusDays(-days), d)),
            Gen.Const(PartialDate.Unknown));

        date.Sample(written => WrittenDates.Read(written.ToString(), NumericDateOrder.Unnamed).Should().Be(written));
    }
}
