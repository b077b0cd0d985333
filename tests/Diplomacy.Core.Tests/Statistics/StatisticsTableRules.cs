using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>A tally holds one table a grouping, each titled in English and Korean; a signing with an open bound has no decade.</summary>
public sealed class StatisticsTableRules
{
    private static readonly LanguageTag Korean = LanguageTag.Parse("ko");

    private static TieTally OneTie()
    {
        var register = Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Osaka).SignedOn(1997, 4, 10));
        return register.StatisticsOn(Seed.Gyeonggi, Day).Counted;
    }

    [Theory]
    [InlineData(StatisticsGrouping.PartnerCountry, "By partner country (1 tie)", "상대 국가별 (1건)")]
    [InlineData(StatisticsGrouping.Kind, "By kind (1 tie)", "유형별 (1건)")]
    [InlineData(StatisticsGrouping.DecadeSigned, "By decade of signing (1 tie)", "체결 연대별 (1건)")]
    [InlineData(StatisticsGrouping.HomeDivision, "By home first-level division (1 tie)", "국내 광역 단위별 (1건)")]
    [InlineData(StatisticsGrouping.PartnerDivision, "By partner's first-level division (1 tie)", "상대 광역 단위별 (1건)")]
    [InlineData(StatisticsGrouping.Field, "By field (1 tie)", "교류 분야별 (1건)")]
    public void Every_table_of_a_tally_is_titled_in_English_and_Korean(StatisticsGrouping grouping, string english, string korean)
    {
        var table = OneTie().Table(grouping);

        table.Grouping.Should().Be(grouping);
        table.ToText(LanguageTag.Parse("en")).Split('\n')[0].Should().Be(english);
        table.ToText(Korean).Split('\n')[0].Should().Be(korean);
    }

    [Fact]
    public void The_tables_of_a_tally_are_in_the_order_of_the_groupings()
    {
        var tally = OneTie();

        tally.Tables.Select(table => table.Grouping).Should().Equal(
            StatisticsGrouping.PartnerCountry, StatisticsGrouping.Kind, StatisticsGrouping.DecadeSigned,
            StatisticsGrouping.HomeDivision, StatisticsGrouping.PartnerDivision, StatisticsGrouping.Field);
        tally.Table(StatisticsGrouping.Kind).Should().BeSameAs(tally.ByKind);
    }

    [Theory]
    [InlineData(StatisticsGrouping.Ending)] // boundary: one past the last table of a tally on a date
    [InlineData((StatisticsGrouping)(-1))]
    public void A_tally_on_a_date_has_no_table_of_endings_or_of_an_unknown_grouping(StatisticsGrouping grouping)
    {
        var act = () => OneTie().Table(grouping);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(grouping)).WithMessage("This tally has no table of that grouping.*");
    }

    [Fact]
    public void The_ended_ties_have_a_table_of_endings()
    {
        var register = Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Osaka).SignedOn(1997, 4, 10);
        tie.Terminate(new LocalDate(2025, 3, 1), Osaka, "Ended");
        register.Add(tie);

        var ended = register.ChangesBetween(Seed.Gyeonggi, new LocalDate(2024, 12, 31), Day).Ended;

        ended.Table(StatisticsGrouping.Ending).Rows.Should().Equal(new StatisticsRow("Terminated", 1));
    }

    [Fact]
    public void A_signing_known_only_by_a_latest_day_has_no_decade()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).SignedOn(PartialDate.OnOrBefore(new LocalDate(2001, 1, 1))));

        var byDecade = register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByDecadeSigned;

        byDecade.Rows.Should().BeEmpty();
        byDecade.Unassigned.Should().Be(1);
    }

    [Fact]
    public void An_empty_table_refuses_a_default_language_too()
    {
        var empty = Empty().StatisticsOn(Seed.Gyeonggi, Day).Counted.ByKind;

        ((Action)(() => empty.ToText(default))).Should().Throw<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void The_statistics_and_the_changes_refuse_a_default_language()
    {
        var register = Empty();

        ((Action)(() => register.StatisticsOn(Seed.Gyeonggi, Day).ToText(default))).Should().Throw<ArgumentException>().WithParameterName("language");
        ((Action)(() => register.ChangesBetween(Seed.Gyeonggi, Day, Day).ToText(default))).Should().Throw<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void A_missing_key_is_refused_by_name()
    {
        var act = () => OneTie().ByKind.LabelOf(null!, Korean);

        act.Should().Throw<ArgumentNullException>().WithParameterName("key");
    }

    [Fact]
    public void A_key_with_no_better_label_reads_as_itself()
    {
        var tally = OneTie();

        tally.ByField.LabelOf("economy", Korean).Should().Be("economy");
        tally.ByPartnerCountry.LabelOf("ZZ", Korean).Should().Be("ZZ");
        tally.ByKind.LabelOf("Treaty", Korean).Should().Be("Treaty");
        tally.ByDecadeSigned.LabelOf("unknown", Korean).Should().Be("unknown");
    }
}
