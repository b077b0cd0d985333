using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A country cell is read in any language CLDR names the country in; a name several countries bear is refused, never given to one of them.</summary>
public sealed class CountryNamesInEveryLanguage
{
    [Theory]
    [InlineData("미국", "US")]
    [InlineData("アメリカ合衆国", "US")]
    [InlineData("美国", "US")]
    [InlineData("美國", "US")]
    [InlineData("중국", "CN")]
    [InlineData("中国", "CN")]
    [InlineData("中國", "CN")]
    [InlineData("일본", "JP")]
    [InlineData("Estados Unidos", "US")]
    public void A_country_named_in_its_CLDR_name_of_any_language_is_that_country(string written, string code)
    {
        var tie = Import(GyeonggiRegister(), $"home,partner,partner country\nKR-41,Newtown,{written}\n").TiesCreated.Single();

        tie.Parties[1].Region.Parent!.Id.Value.Should().Be(code);
    }

    [Fact]
    public void A_country_name_two_countries_bear_across_languages_is_refused_as_ambiguous()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Newtown,Kongo\n"); // Congo and the DR Congo in several languages

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.AmbiguousName);
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_country_name_no_language_holds_is_refused_as_unknown()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Newtown,Atlantis\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.UnknownCountry);
    }
}
