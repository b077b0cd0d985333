using Diplomacy.Core.Agreements;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A kind is read from the core's names in any spelling and from the words registers and lists use.</summary>
public sealed class KindWords
{
    [Theory]
    [InlineData("SisterCity", AgreementKind.SisterCity)]
    [InlineData("sister city", AgreementKind.SisterCity)]
    [InlineData("Sister-City", AgreementKind.SisterCity)]
    [InlineData("twin town", AgreementKind.SisterCity)]
    [InlineData("twinning", AgreementKind.SisterCity)]
    [InlineData("자매결연", AgreementKind.SisterCity)]
    [InlineData("友好城市", AgreementKind.SisterCity)]
    [InlineData("姉妹都市", AgreementKind.SisterCity)]
    [InlineData("friendship", AgreementKind.Friendship)]
    [InlineData("friendly exchange", AgreementKind.Friendship)]
    [InlineData("우호교류", AgreementKind.Friendship)]
    [InlineData("友好都市", AgreementKind.Friendship)]
    [InlineData("MOU", AgreementKind.CooperationMemorandum)]
    [InlineData("memorandum of understanding", AgreementKind.CooperationMemorandum)]
    [InlineData("업무협약", AgreementKind.CooperationMemorandum)]
    [InlineData("letter of intent", AgreementKind.LetterOfIntent)]
    [InlineData("L.O.I.", AgreementKind.LetterOfIntent)]
    [InlineData("의향서", AgreementKind.LetterOfIntent)]
    [InlineData("sector_agreement", AgreementKind.SectorAgreement)]
    public void A_kind_is_read_from_the_words_registers_use(string word, AgreementKind kind)
    {
        KindOf(Import(GyeonggiRegister(), $"home,partner,kind\nKR-41,CN-SH,{word}\n")).Should().Be(kind);
    }

    [Fact]
    public void A_friendship_city_is_a_sister_city_as_CPAFFC_translates_友好城市()
    {
        KindOf(Import(GyeonggiRegister(), "home,partner,kind\nKR-41,CN-SH,friendship city\n")).Should().Be(AgreementKind.SisterCity);
    }

    [Fact]
    public void An_empty_kind_is_the_default_kind_of_the_options()
    {
        KindOf(Import(GyeonggiRegister(), "home,partner,kind\nKR-41,CN-SH,\n")).Should().Be(AgreementKind.SisterCity);
        KindOf(Import(GyeonggiRegister(), "home,partner\nKR-41,CN-SH\n", new SheetImportOptions { DefaultKind = AgreementKind.Friendship })).Should().Be(AgreementKind.Friendship);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_its_line()
    {
        var report = Import(GyeonggiRegister(), "home,partner,kind\nKR-41,CN-SH,alliance\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.UnknownKind && r.Message.Contains("'alliance'"));
    }
}
