using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>Tables, statistics and changes read in Japanese and Simplified Chinese as they do in English: counts with their counter, dates as ISO 8601.</summary>
public sealed class StatisticsTextInJapaneseAndChinese
{
    private static readonly LanguageTag Japanese = LanguageTag.Parse("ja");
    private static readonly LanguageTag Chinese = LanguageTag.Parse("zh-Hans");

    private static Register TwoTies()
    {
        var register = Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Osaka).WithId("GG-OS").SignedOn(1997, 4, 10));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));
        return register;
    }

    [Fact]
    public void A_table_reads_in_Japanese_with_ties_counted_in_件()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(Japanese).Should().Be("種類別（2件）\n  協力覚書 [CooperationMemorandum]: 1\n  姉妹都市 [SisterCity]: 1");
    }

    [Fact]
    public void A_table_reads_in_Simplified_Chinese_with_ties_counted_in_项_and_a_sister_city_as_友好城市()
    {
        var table = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(Chinese).Should().Be("按类型（2项）\n  合作备忘录 [CooperationMemorandum]: 1\n  友好城市 [SisterCity]: 1");
    }

    [Theory]
    [InlineData("1990s", "1990年代", "1990年代")]
    [InlineData("LetterOfIntent", "意向書", "意向书")]
    [InlineData("Friendship", "友好交流", "友好交流")]
    [InlineData("SectorAgreement", "分野別協定", "专项合作协议")]
    public void Kinds_and_decades_have_words_in_Japanese_and_Chinese(string key, string japanese, string chinese)
    {
        var counted = TwoTies().StatisticsOn(Seed.Gyeonggi, Day).Counted;
        var table = key.EndsWith('s') ? counted.ByDecadeSigned : counted.ByKind;

        table.LabelOf(key, Japanese).Should().Be(japanese);
        table.LabelOf(key, Chinese).Should().Be(chinese);
    }

    [Theory]
    [InlineData("Expired", "期間満了", "期满")]
    [InlineData("Terminated", "解消", "终止")]
    [InlineData("Superseded", "新たな協定に置換", "被新协议取代")]
    [InlineData("Suspended", "交流中断", "交流暂停")]
    [InlineData("OutOfKinds", "集計しない種類に変更", "变为不计入的类型")]
    public void Kinds_of_ending_have_words_in_Japanese_and_Chinese(string key, string japanese, string chinese)
    {
        var endedBy = TwoTies().ChangesBetween(Seed.Gyeonggi, Day, Day).EndedBy;

        endedBy.LabelOf(key, Japanese).Should().Be(japanese);
        endedBy.LabelOf(key, Chinese).Should().Be(chinese);
    }

    [Fact]
    public void The_unassigned_ties_have_a_label_in_every_language()
    {
        StatisticsTable.LabelOfUnassigned(Japanese).Should().Be("（不明・該当なし）");
        StatisticsTable.LabelOfUnassigned(Chinese).Should().Be("（未知或无）");
        StatisticsTable.LabelOfUnassigned(LanguageTag.Parse("ko")).Should().Be("(미상·해당 없음)");
        StatisticsTable.LabelOfUnassigned(LanguageTag.Parse("fr")).Should().Be("(not known or none)");
    }

    [Fact]
    public void The_statistics_headline_reads_in_Japanese_and_Chinese_a_name_without_a_word_in_the_language_in_its_primary_one()
    {
        var statistics = TwoTies().StatisticsOn(Seed.Gyeonggi, Day);

        statistics.ToText(Japanese).Should().StartWith("경기도 2025-12-31時点: 2か国の2か所と2件、不確実な0件は別に計上\n相手国別（2件）");
        statistics.ToText(Chinese).Should().StartWith("京畿道 2025-12-31：与2个国家的2个伙伴共2项；另有0项不确定，单独统计\n按伙伴国家（2项）");
    }

    [Fact]
    public void The_changes_headline_reads_in_Japanese_and_Chinese()
    {
        var changes = TwoTies().ChangesBetween(Seed.Gyeonggi, new LocalDate(2024, 12, 31), Day);

        changes.ToText(Japanese).Should().Be(
            "경기도 2024-12-31～2025-12-31: 新規1件、終了0件、格上げ0件、不確実な0件は別に計上\n終了理由別（0件）\n種類別（1件）\n  協力覚書 [CooperationMemorandum]: 1");
        changes.ToText(Chinese).Should().Be(
            "京畿道 2024-12-31至2025-12-31：新增1项，终止0项，升级0项；另有0项不确定，单独统计\n按终止原因（0项）\n按类型（1项）\n  合作备忘录 [CooperationMemorandum]: 1");
    }

    [Fact]
    public void One_tie_is_counted_in_the_singular_in_English_only()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));
        var table = register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        table.ToText(LanguageTag.Parse("en")).Should().StartWith("By kind (1 tie)");
        table.ToText(Japanese).Should().StartWith("種類別（1件）");
        table.ToText(Chinese).Should().StartWith("按类型（1项）");
    }
}
