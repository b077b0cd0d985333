using System.Globalization;
using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Money is an amount of zero or more in one ISO 4217 currency; amounts in different currencies are never compared.</summary>
public sealed class MoneyRules
{
    private static readonly CurrencyCode Krw = new("KRW");

    [Theory]
    [InlineData("KRW")]
    [InlineData("CNY")]
    [InlineData("XTS")]
    public void A_currency_code_is_any_three_upper_case_letters_whether_or_not_iso_lists_it_today(string code)
    {
        new CurrencyCode(code).Value.Should().Be(code);
    }

    [Theory]
    [InlineData("krw")]
    [InlineData("Krw")]
    [InlineData("KR")]
    [InlineData("KRWN")]
    [InlineData("")]
    [InlineData("K1W")]
    [InlineData("KÖR")]
    [InlineData(" KRW")]
    public void A_currency_code_that_is_not_three_upper_case_letters_a_to_z_is_refused(string code)
    {
        var act = () => new CurrencyCode(code);

        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void A_currency_code_is_required()
    {
        var act = () => new CurrencyCode(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void The_default_currency_code_is_empty_and_no_currency_of_money()
    {
        default(CurrencyCode).Value.Should().BeEmpty();
        var act = () => new Money(10m, default);

        act.Should().Throw<ArgumentException>().WithParameterName("currency");
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1000000000000000000.01")]
    public void An_amount_below_zero_or_above_ten_to_the_eighteenth_is_refused(string amount)
    {
        var act = () => new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Krw);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(amount));
    }

    [Theory]
    [InlineData("0")] // the lower bound: a gift declared as worth nothing
    [InlineData("1000000000000000000")] // the upper bound
    public void An_amount_from_zero_to_ten_to_the_eighteenth_is_taken(string amount)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);

        new Money(value, Krw).Amount.Should().Be(value);
    }

    [Fact]
    public void Amounts_equal_in_value_and_currency_are_equal_whatever_their_scale()
    {
        var plain = new Money(300m, Krw);
        var scaled = new Money(300.00m, Krw);

        plain.Should().Be(scaled);
        plain.GetHashCode().Should().Be(scaled.GetHashCode());
    }

    [Fact]
    public void The_same_amount_in_another_currency_is_another_amount()
    {
        new Money(300m, Krw).Should().NotBe(new Money(300m, new CurrencyCode("CNY")));
    }

    [Theory]
    [InlineData("100000.01", true)]
    [InlineData("100000", false)] // the boundary: exactly the other amount does not exceed it
    [InlineData("99999.99", false)]
    public void An_amount_exceeds_another_in_its_currency_only_when_strictly_greater(string amount, bool exceeds)
    {
        new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Krw).Exceeds(new Money(100_000m, Krw)).Should().Be(exceeds);
    }

    [Fact]
    public void An_amount_in_another_currency_is_not_comparable_however_large()
    {
        new Money(1_000_000m, new CurrencyCode("CNY")).Exceeds(new Money(1m, Krw)).Should().BeNull();
    }

    [Fact]
    public void Money_is_compared_with_money()
    {
        var act = () => new Money(1m, Krw).Exceeds(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void Money_reads_as_its_amount_in_the_invariant_culture_and_its_currency()
    {
        new Money(28_450_000.50m, Krw).ToString().Should().Be("28450000.50 KRW");
        Krw.ToString().Should().Be("KRW");
    }
}
