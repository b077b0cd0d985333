using CsCheck;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A subdivision code is an ISO 3166-2 code (country, hyphen, one to three letters or digits), accepted in
/// either case, stored upper-case, and knows its country.
/// </summary>
public sealed class SubdivisionCodeRules
{
    [Theory]
    [InlineData("KR-41", "KR-41")]
    [InlineData("cn-sh", "CN-SH")]
    [InlineData("CN-31", "CN-31")] // a code ISO has since replaced keeps its form
    [InlineData("jp-1", "JP-1")] // one character after the hyphen
    [InlineData("gb-Lnd", "GB-LND")] // three characters after the hyphen
    public void A_subdivision_code_is_accepted_in_either_case_and_stored_upper_case(string text, string stored)
    {
        SubdivisionCode.Parse(text).Value.Should().Be(stored);
    }

    [Fact]
    public void A_subdivision_code_knows_the_country_it_belongs_to()
    {
        SubdivisionCode.Parse("kr-41").Country.Should().Be(CountryCode.Parse("KR"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("KR")]
    [InlineData("KR-")]
    [InlineData("KR41")]
    [InlineData("KR_41")]
    [InlineData("KR-4144")] // four characters after the hyphen
    [InlineData("K1-41")]
    [InlineData("KOR-41")]
    [InlineData("KR-4 ")]
    [InlineData("KR-４１")] // full-width digits are not ASCII
    public void A_malformed_subdivision_code_is_refused_naming_the_value(string text)
    {
        var parse = () => SubdivisionCode.Parse(text);

        parse.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{text}'");
        SubdivisionCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_missing_subdivision_code_is_refused_as_null()
    {
        var parse = () => SubdivisionCode.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
    }

    [Fact]
    public void The_default_subdivision_code_is_empty_and_has_no_country()
    {
        default(SubdivisionCode).Value.Should().BeEmpty();
        default(SubdivisionCode).Country.Should().Be(default(CountryCode));
    }

    [Fact]
    public void Every_valid_subdivision_code_reads_back_what_it_writes()
    {
        var letter = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
        var letterOrDigit = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
        Gen.Select(letter.Array[2], letterOrDigit.Array[1, 3], (country, part) => $"{new string(country)}-{new string(part)}")
            .Sample(text =>
            {
                var code = SubdivisionCode.Parse(text);
                return SubdivisionCode.Parse(code.ToString()) == code
                    && code.Value.Equals(text, StringComparison.OrdinalIgnoreCase) && !code.Value.Any(char.IsAsciiLetterLower)
                    && code.Country == CountryCode.Parse(text[..2]);
            }, iter: PropertySamples.Of(300));
    }
}
