using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>Every table, statistics and changes read as text in English and Korean (the other languages: <see cref="Geography.ShippedTextsRules"/>).</summary>
public sealed class StatisticsTextRules
{
    private static readonly LanguageTag English = LanguageTag.Parse("en");
    private static readonly LanguageTag Korean = LanguageTag.Parse("ko-KR");

    private static Register TwoTies()
    {
        var register = Empty();
        var osaka = A.SisterTieBetween(Seed.Gyeonggi, Osaka).WithId("GG-OS").SignedOn(1997, 4, 10);
        osaka.AddField(CooperationField.Of("trade, \"fairs\""));
        register.Add(osaka);
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));
        return register;
    }

    [Fact]
    public void A_table_reads_in_English_with_a_line_a_group()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByPartnerCountry;

        table.ToText(English).Should().Be("By partner country (2 ties)\n  China [CN]: 1\n  Japan [JP]: 1");
        table.ToString().Should().Be(table.ToText(English));
    }

    [Fact]
    public void A_table_reads_in_Korean_for_any_Korean_tag()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(Korean).Should().Be("유형별 (2건)\n  업무협약 [CooperationMemorandum]: 1\n  자매결연 [SisterCity]: 1");
    }

    [Fact]
    public void The_unassigned_ties_close_the_text_when_there_are_any()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByField;

        table.ToText(English).Should().Be("By field (2 ties)\n  trade, \"fairs\" [trade, \"fairs\"]: 1\n  (not known or none): 1");
        table.ToText(Korean).Should().EndWith("\n  (미상·해당 없음): 1");
    }

    [Theory]
    [InlineData("1990s", "1990s", "1990년대")]
    [InlineData("LetterOfIntent", "letter of intent", "의향서")]
    [InlineData("Friendship", "friendship", "우호교류")]
    [InlineData("SectorAgreement", "sector agreement", "분야별 협약")]
    public void Kinds_and_decades_have_words_in_both_languages(string key, string english, string korean)
    {
        var counted = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted;
        var table = key.EndsWith('s') ? counted.ByDecadeSigned : counted.ByKind;

        table.LabelOf(key, English).Should().Be(english);
        table.LabelOf(key, Korean).Should().Be(korean);
    }

    [Theory]
    [InlineData("Expired", "expired", "기간 만료")]
    [InlineData("Terminated", "terminated", "해지")]
    [InlineData("Superseded", "superseded", "새 협약으로 대체")]
    [InlineData("Suspended", "suspended", "교류 중단")]
    [InlineData("OutOfKinds", "now of a kind not counted", "집계하지 않는 유형으로 변경")]
    public void Kinds_of_ending_have_words_in_both_languages(string key, string english, string korean)
    {
        var endedBy = TwoTies().ChangesBetween(Seed.Gyeonggi, Day, Day).EndedBy;

        endedBy.LabelOf(key, English).Should().Be(english);
        endedBy.LabelOf(key, Korean).Should().Be(korean);
        endedBy.ToText(Korean).Should().StartWith("종료 사유별 (0건)");
    }

    [Fact]
    public void Regions_are_labelled_by_their_name_in_the_language()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByPartnerDivision;

        table.LabelOf("CN-SH", Korean).Should().Be("상하이시");
        table.LabelOf("JP-27", English).Should().Be("Osaka");
    }

    [Fact]
    public void The_statistics_read_as_a_headline_and_every_table()
    {
        var statistics = TwoTies().StatisticsOn(Seed.Gyeonggi, Day);

        statistics.ToString().Should().StartWith("Gyeonggi Province on 2025-12-31: 2 ties with 2 partners in 2 countries; 0 uncertain, counted apart\nBy partner country (2 ties)");
        statistics.ToText(Korean).Should().StartWith("경기도 2025-12-31 기준: 2개국 2곳과 2건, 불확실 0건 별도\n상대 국가별 (2건)");
        statistics.ToText(English).Split('\n').Should().Contain("By field (2 ties)");
    }

    [Fact]
    public void The_changes_read_as_a_headline_the_endings_and_the_added_ties_by_kind()
    {
        var changes = TwoTies().ChangesBetween(Seed.Gyeonggi, new LocalDate(2024, 12, 31), Day);

        changes.ToString().Should().Be(
            "Gyeonggi Province from 2024-12-31 to 2025-12-31: 1 added, 0 ended, 0 upgraded; 0 uncertain, counted apart\n" +
            "By kind of ending (0 ties)\nBy kind (1 tie)\n  cooperation MOU [CooperationMemorandum]: 1");
        changes.ToText(Korean).Should().StartWith("경기도 2024-12-31~2025-12-31: 신규 1건, 종료 0건, 격상 0건, 불확실 0건 별도\n종료 사유별 (0건)");
    }

    [Fact]
    public void A_default_language_is_refused()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        ((Action)(() => table.ToText(default))).Should().Throw<ArgumentException>().WithParameterName("language");
        ((Action)(() => StatisticsTable.LabelOfUnassigned(default))).Should().Throw<ArgumentException>().WithParameterName("language");
        ((Action)(() => table.LabelOf("CN", default))).Should().Throw<ArgumentException>().WithParameterName("language");
    }
}
