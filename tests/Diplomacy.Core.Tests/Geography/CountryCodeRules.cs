using CsCheck;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A country code is two ASCII letters (ISO 3166-1 alpha-2), accepted in either case and stored upper-case.</summary>
public sealed class CountryCodeRules
{
    [Theory]
    [InlineData("KR", "KR")]
    [InlineData("cn", "CN")]
    [InlineData("Jp", "JP")]
    [InlineData("xk", "XK")] // user-assigned, used by registers for Kosovo: the form is checked, not the ISO list
    public void A_country_code_is_accepted_in_either_case_and_stored_upper_case(string text, string stored)
    {
        CountryCode.Parse(text).Value.Should().Be(stored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("K")]
    [InlineData("KOR")]
    [InlineData("K1")]
    [InlineData("4R")]
    [InlineData(" KR")]
    [InlineData("K-")]
    [InlineData("ＫＲ")] // full-width letters are not ASCII
    [InlineData("한국")]
    public void A_malformed_country_code_is_refused_naming_the_value(string text)
    {
        var parse = () => CountryCode.Parse(text);

        parse.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{text}'");
        CountryCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_missing_country_code_is_refused_as_null()
    {
        var parse = () => CountryCode.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
    }

    [Fact]
    public void The_default_country_code_is_empty_and_is_not_a_code()
    {
        default(CountryCode).Value.Should().BeEmpty();
        default(CountryCode).Should().NotBe(CountryCode.Parse("KR"));
    }

    [Fact]
    public void Codes_that_differ_only_in_case_are_equal()
    {
        CountryCode.Parse("kr").Should().Be(CountryCode.Parse("KR"));
    }

    [Fact]
    public void Every_valid_country_code_reads_back_what_it_writes()
    {
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[2]
            .Select(letters => new string(letters))
            .Sample(text =>
            {
                var code = CountryCode.Parse(text);
                return CountryCode.Parse(code.ToString()) == code && code.Value.Equals(text, StringComparison.OrdinalIgnoreCase) && !code.Value.Any(char.IsAsciiLetterLower);
            }, iter: PropertySamples.Of(300));
    }
}
