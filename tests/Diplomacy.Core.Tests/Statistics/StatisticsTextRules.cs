using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>Every table, statistics and changes read as text in each shipped language: counts with their counter, dates as ISO 8601.</summary>
public sealed class StatisticsTextRules
{
    private static readonly LanguageTag English = LanguageTag.Parse("en");
    private static readonly LanguageTag Korean = LanguageTag.Parse("ko-KR");
    private static readonly LanguageTag Japanese = LanguageTag.Parse("ja");
    private static readonly LanguageTag Chinese = LanguageTag.Parse("zh-Hans");

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
    [InlineData("1990s", "1990s", "1990년대", "1990年代", "1990年代")]
    [InlineData("LetterOfIntent", "letter of intent", "의향서", "意向書", "意向书")]
    [InlineData("CooperationMemorandum", "cooperation MOU", "업무협약", "協力覚書", "合作备忘录")]
    [InlineData("Friendship", "friendship", "우호교류", "友好交流", "友好交流")]
    [InlineData("SisterCity", "sister city", "자매결연", "姉妹都市", "友好城市")] // China's 友好城市 is the sister-city tie
    [InlineData("SectorAgreement", "sector agreement", "분야별 협약", "分野別協定", "专项合作协议")]
    public void Kinds_and_decades_have_words_in_every_shipped_language(string key, string english, string korean, string japanese, string chinese)
    {
        var counted = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted;
        var table = key.EndsWith('s') ? counted.ByDecadeSigned : counted.ByKind;

        new[] { English, Korean, Japanese, Chinese }.Select(language => table.LabelOf(key, language)).Should().Equal(english, korean, japanese, chinese);
    }

    [Theory]
    [InlineData("Expired", "expired", "기간 만료", "期間満了", "期满")]
    [InlineData("Terminated", "terminated", "해지", "解消", "终止")]
    [InlineData("Superseded", "superseded", "새 협약으로 대체", "新たな協定に置換", "被新协议取代")]
    [InlineData("Suspended", "suspended", "교류 중단", "交流中断", "交流暂停")]
    [InlineData("OutOfKinds", "now of a kind not counted", "집계하지 않는 유형으로 변경", "集計しない種類に変更", "变为不计入的类型")]
    public void Kinds_of_ending_have_words_in_every_shipped_language(string key, string english, string korean, string japanese, string chinese)
    {
        var endedBy = TwoTies().ChangesBetween(Seed.Gyeonggi, Day, Day).EndedBy;

        new[] { English, Korean, Japanese, Chinese }.Select(language => endedBy.LabelOf(key, language)).Should().Equal(english, korean, japanese, chinese);
        endedBy.ToText(Korean).Should().StartWith("종료 사유별 (0건)");
    }

    [Fact]
    public void A_kind_of_ending_the_texts_do_not_name_reads_as_its_key()
    {
        TwoTies().ChangesBetween(Seed.Gyeonggi, Day, Day).EndedBy.LabelOf("InForce", Japanese).Should().Be("InForce");
    }

    [Fact]
    public void A_table_reads_in_Japanese_with_ties_counted_in_件()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(Japanese).Should().Be("種類別（2件）\n  協力覚書 [CooperationMemorandum]: 1\n  姉妹都市 [SisterCity]: 1");
    }

    [Fact]
    public void A_table_reads_in_Simplified_Chinese_with_ties_counted_in_项()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(Chinese).Should().Be("按类型（2项）\n  合作备忘录 [CooperationMemorandum]: 1\n  友好城市 [SisterCity]: 1");
    }

    [Fact]
    public void One_tie_is_counted_in_the_singular_in_English_only()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));
        var table = register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        new[] { English, Korean, Japanese, Chinese }.Select(language => table.ToText(language).Split('\n')[0])
            .Should().Equal("By kind (1 tie)", "유형별 (1건)", "種類別（1件）", "按类型（1项）");
    }

    [Fact]
    public void The_unassigned_ties_have_a_label_in_every_shipped_language_and_English_in_any_other()
    {
        new[] { English, Korean, Japanese, Chinese, LanguageTag.Parse("fr") }.Select(StatisticsTable.LabelOfUnassigned)
            .Should().Equal("(not known or none)", "(미상·해당 없음)", "（不明・該当なし）", "（未知或无）", "(not known or none)");
    }

    [Fact]
    public void Regions_are_labelled_by_their_name_in_the_language()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByPartnerDivision;

        table.LabelOf("CN-SH", Korean).Should().Be("상하이시");
        table.LabelOf("JP-27", English).Should().Be("Osaka");
    }

    [Fact]
    public void The_statistics_read_as_a_headline_and_every_table_a_name_without_a_word_in_the_language_in_its_primary_one()
    {
        var statistics = TwoTies().StatisticsOn(Seed.Gyeonggi, Day);

        statistics.ToString().Should().StartWith("Gyeonggi Province on 2025-12-31: 2 ties with 2 partners in 2 countries; 0 uncertain, counted apart\nBy partner country (2 ties)");
        statistics.ToText(Korean).Should().StartWith("경기도 2025-12-31 기준: 2개국 2곳과 2건, 불확실 0건 별도\n상대 국가별 (2건)");
        statistics.ToText(English).Split('\n').Should().Contain("By field (2 ties)");
        statistics.ToText(Japanese).Should().StartWith("경기도 2025-12-31時点: 2か国の2か所と2件、不確実な0件は別に計上\n相手国別（2件）");
        statistics.ToText(Chinese).Should().StartWith("京畿道 2025-12-31：与2个国家的2个伙伴共2项；另有0项不确定，单独统计\n按伙伴国家（2项）");
    }

    [Fact]
    public void The_changes_read_as_a_headline_the_endings_and_the_added_ties_by_kind()
    {
        var changes = TwoTies().ChangesBetween(Seed.Gyeonggi, new LocalDate(2024, 12, 31), Day);

        changes.ToString().Should().Be(
            "Gyeonggi Province from 2024-12-31 to 2025-12-31: 1 added, 0 ended, 0 upgraded; 0 uncertain, counted apart\n" +
            "By kind of ending (0 ties)\nBy kind (1 tie)\n  cooperation MOU [CooperationMemorandum]: 1");
        changes.ToText(Korean).Should().StartWith("경기도 2024-12-31~2025-12-31: 신규 1건, 종료 0건, 격상 0건, 불확실 0건 별도\n종료 사유별 (0건)");
        changes.ToText(Japanese).Should().Be(
            "경기도 2024-12-31～2025-12-31: 新規1件、終了0件、格上げ0件、不確実な0件は別に計上\n終了理由別（0件）\n種類別（1件）\n  協力覚書 [CooperationMemorandum]: 1");
        changes.ToText(Chinese).Should().Be(
            "京畿道 2024-12-31至2025-12-31：新增1项，终止0项，升级0项；另有0项不确定，单独统计\n按终止原因（0项）\n按类型（1项）\n  合作备忘录 [CooperationMemorandum]: 1");
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
