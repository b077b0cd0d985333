using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A country neither ISO nor CLDR holds (Northern Cyprus) is refused as such, naming the country to give instead; nothing is created.</summary>
public sealed class UnlistedCountries
{
    [Theory]
    [InlineData("Northern Cyprus")]
    [InlineData("Turkish Republic of Northern Cyprus")]
    [InlineData("TRNC")]
    [InlineData("북키프로스")]
    public void A_partner_country_neither_ISO_nor_CLDR_holds_is_refused_as_unlisted_and_names_the_country_it_is_listed_under(string written)
    {
        var register = GyeonggiRegister();

        var report = Import(register, $"home,partner,partner country\nKR-41,Kyrenia,{written}\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.UnlistedCountry && r.Message.Contains("(CY)"));
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_place_written_with_an_unlisted_country_after_a_comma_is_refused_as_unlisted_naming_that_country()
    {
        var register = GyeonggiRegister();

        var report = ImportPairs(register, "KR-41,\"Kyrenia, Northern Cyprus\"\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.UnlistedCountry);
        report.Refused.Single().Message.Should().StartWith("The country 'Northern Cyprus' is ");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_place_written_with_an_unknown_country_after_a_comma_is_still_refused_as_an_unknown_place()
    {
        var report = ImportPairs(GyeonggiRegister(), "KR-41,\"Newtown, Atlantis\"\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.UnknownPlace);
    }

    [Fact]
    public void Kosovo_is_a_country_a_partner_is_created_under()
    {
        var tie = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Prizren,Kosovo\n").TiesCreated.Single();

        tie.Parties[1].Region.Parent!.Id.Value.Should().Be("XK");
        tie.Parties[1].Region.TimeZone.Id.Should().Be("Europe/Belgrade");
    }
}
