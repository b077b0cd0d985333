using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>The headers Korea's public-data portal and Japan's lists publish under are read without any mapping; a list of one city's partners takes its home from the options.</summary>
public sealed class PublicRegisterHeaders
{
    [Fact]
    public void A_Korean_portal_sheet_lands_every_row_without_any_column_named()
    {
        var sheet = "기관명,도시명,국가명,결연일자,협정구분,분야,비고\nKR-41,톨레도,미국,1967. 6. 27.,우호교류,문화;경제,첫 결연\n";

        var tie = Import(GyeonggiRegister(), sheet).TiesCreated.Single();

        tie.Parties[0].Region.Id.Value.Should().Be("KR-41");
        tie.Parties[1].Region.Parent!.Id.Value.Should().Be("US");
        tie.Kind.Should().Be(AgreementKind.Friendship);
        tie.SignedOn.Should().Be(PartialDate.Parse("1967-06-27"));
        tie.Fields.Should().HaveCount(2);
        tie.Notes.Should().ContainSingle();
    }

    [Fact]
    public void A_Japanese_list_lands_every_row_without_any_column_named()
    {
        var sheet = "自治体名,提携先,国名,提携日\nKR-41,トロント,カナダ,平成9年4月1日\n";

        var tie = Import(GyeonggiRegister(), sheet).TiesCreated.Single();

        tie.Parties[1].Region.Parent!.Id.Value.Should().Be("CA");
        tie.SignedOn.Should().Be(PartialDate.Parse("1997-04-01"));
    }

    [Fact]
    public void A_column_named_in_the_options_wins_over_a_public_register_header()
    {
        var sheet = "home,partner,도시명\nKR-41,CN-SH,CN-TJ\n";

        var tie = Import(GyeonggiRegister(), sheet, new SheetImportOptions { Columns = new SheetColumns { Partner = "partner" } }).TiesCreated.Single();

        tie.Parties[1].Region.Id.Value.Should().Be("CN-SH");
    }

    [Fact]
    public void A_sheet_without_a_home_column_takes_the_home_the_options_give_for_every_row()
    {
        var report = Import(GyeonggiRegister(), "도시명,국가명\n상하이,中國\nCN-TJ,\n", new SheetImportOptions { Home = "KR-41" });

        report.TiesCreated.Should().HaveCount(2).And.OnlyContain(tie => tie.Parties[0].Region.Id.Value == "KR-41");
    }

    [Fact]
    public void A_sheet_with_a_home_column_reads_it_and_not_the_home_the_options_give()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,CN-TJ\n", new SheetImportOptions { Home = "KR-11" });

        report.TiesCreated.Single().Parties[0].Region.Id.Value.Should().Be("KR-41");
    }

    [Fact]
    public void A_sheet_without_a_home_column_and_no_home_given_is_refused_whole()
    {
        var register = GyeonggiRegister();

        var import = () => Import(register, "도시명,국가명\n상하이,中國\n");

        import.Should().Throw<FormatException>();
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void The_refusal_of_a_sheet_without_a_home_column_points_to_the_home_option()
    {
        var import = () => Import(GyeonggiRegister(), "도시명,국가명\n상하이,中國\n");

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("'home'").And.Contain("SheetImportOptions.Home");
    }

    [Fact]
    public void The_refusal_of_a_sheet_without_a_partner_column_names_the_partner_column_and_not_the_home_option()
    {
        var import = () => Import(GyeonggiRegister(), "home,city\nKR-41,CN-SH\n");

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("'partner'").And.NotContain("SheetImportOptions.Home");
    }
}
