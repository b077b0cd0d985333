using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Statistics;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A statistics table is written as RFC 4180 CSV: a header, a row a group, and the unassigned ties last, so that the rows add up.</summary>
public sealed class StatisticsCsv
{
    private static readonly LocalDate Day = new(2025, 12, 31);
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    private static Register TwoTies()
    {
        var register = GyeonggiRegister();
        Catalog.AddTo(register.Directory, "CN-SH");
        Catalog.AddTo(register.Directory, "JP-27");
        var gyeonggi = Held(register, "KR-41");
        register.Add(Agreement.Sign(new AgreementId("GG-OS"), AgreementKind.SisterCity, [gyeonggi, Held(register, "JP-27")], new LocalDate(1997, 4, 10), fields: [CooperationField.Of("trade, \"fairs\"")]));
        register.Add(Agreement.Sign(new AgreementId("GG-SH"), AgreementKind.CooperationMemorandum, [gyeonggi, Held(register, "CN-SH")], new LocalDate(2025, 9, 25)));
        return register;
    }

    private static TieTally Counted(Register register) => register.StatisticsOn(Held(register, "KR-41"), Day).Counted;

    [Fact]
    public void A_table_is_a_header_a_row_a_group_most_ties_first_and_the_unassigned_ties_last_each_line_ended_by_CRLF()
    {
        var register = TwoTies();
        register.Add(Agreement.Sign(new AgreementId("GG-SH-2"), AgreementKind.Friendship, [Held(register, "KR-41"), Held(register, "CN-SH")], new LocalDate(2024, 1, 2)));

        StatisticsSheet.ToCsv(Counted(register).ByPartnerCountry, English).Should().Be(
            "grouping,key,label,ties\r\nPartnerCountry,CN,China,2\r\nPartnerCountry,JP,Japan,1\r\nPartnerCountry,,(not known or none),0\r\n");
    }

    [Fact]
    public void A_field_holding_a_comma_or_a_quote_is_quoted_with_its_quotes_doubled()
    {
        StatisticsSheet.ToCsv(Counted(TwoTies()).ByField, English).Should().Be(
            "grouping,key,label,ties\r\nField,\"trade, \"\"fairs\"\"\",\"trade, \"\"fairs\"\"\",1\r\nField,,(not known or none),1\r\n");
    }

    [Theory]
    [InlineData("ko", "PartnerCountry,CN,중국,1", "PartnerCountry,,(미상·해당 없음),0")]
    [InlineData("ja", "PartnerCountry,CN,中国,1", "PartnerCountry,,（不明・該当なし）,0")]
    [InlineData("zh-Hans", "PartnerCountry,CN,中国,1", "PartnerCountry,,（未知或无）,0")]
    public void Labels_follow_the_language_while_groupings_keys_and_counts_do_not(string language, string china, string unassigned)
    {
        var lines = StatisticsSheet.ToCsv(Counted(TwoTies()).ByPartnerCountry, LanguageTag.Parse(language)).Split("\r\n");

        lines.Should().Equal("grouping,key,label,ties", china, lines[2], unassigned, string.Empty);
        lines[2].Should().StartWith("PartnerCountry,JP,").And.EndWith(",1");
    }

    [Fact]
    public void The_rows_add_up_to_the_ties_of_the_table()
    {
        var table = Counted(TwoTies()).ByField;
        var counts = StatisticsSheet.ToCsv(table, English).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => int.Parse(line[(line.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

        counts.Sum().Should().Be(table.Rows.Sum(row => row.Count) + table.Unassigned);
    }

    [Fact]
    public void A_missing_table_or_a_default_language_is_refused()
    {
        var table = Counted(TwoTies()).ByKind;

        ((Action)(() => StatisticsSheet.ToCsv(null!, English))).Should().Throw<ArgumentNullException>().WithParameterName("table");
        ((Action)(() => StatisticsSheet.ToCsv(table, default))).Should().Throw<ArgumentException>().WithParameterName("language");
    }
}
