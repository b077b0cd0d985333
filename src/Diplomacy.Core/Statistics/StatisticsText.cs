using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Statistics;

/// <summary>The words of the statistics in English and Korean; any other language reads English.</summary>
internal static class StatisticsText
{
    public const string OutOfKinds = "OutOfKinds";

    public static string Title(StatisticsGrouping grouping, bool korean) => grouping switch
    {
        StatisticsGrouping.PartnerCountry => korean ? "상대 국가별" : "By partner country",
        StatisticsGrouping.Kind => korean ? "유형별" : "By kind",
        StatisticsGrouping.DecadeSigned => korean ? "체결 연대별" : "By decade of signing",
        StatisticsGrouping.HomeDivision => korean ? "국내 광역 단위별" : "By home first-level division",
        StatisticsGrouping.PartnerDivision => korean ? "상대 광역 단위별" : "By partner's first-level division",
        StatisticsGrouping.Field => korean ? "교류 분야별" : "By field",
        _ => korean ? "종료 사유별" : "By kind of ending",
    };

    public static string Unassigned(bool korean) => korean ? "(미상·해당 없음)" : "(not known or none)";

    public static string Ties(int count, bool korean) =>
        korean ? string.Create(CultureInfo.InvariantCulture, $"{count}건") : string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "tie" : "ties")}");

    public static string Label(StatisticsGrouping grouping, string key, IReadOnlyDictionary<string, Region> regions, LanguageTag language)
    {
        var korean = language.IsKorean;
        if (regions.TryGetValue(key, out var region))
        {
            return region.Names.In(language).Text;
        }

        return grouping switch
        {
            StatisticsGrouping.Kind => Kind(Enum.Parse<AgreementKind>(key), korean),
            StatisticsGrouping.DecadeSigned => korean ? key.Replace("s", "년대", StringComparison.Ordinal) : key,
            StatisticsGrouping.Ending => Ending(key, korean),
            _ => key,
        };
    }

    public static string Kind(AgreementKind kind, bool korean) => kind switch
    {
        AgreementKind.LetterOfIntent => korean ? "의향서" : "letter of intent",
        AgreementKind.CooperationMemorandum => korean ? "업무협약" : "cooperation MOU",
        AgreementKind.Friendship => korean ? "우호교류" : "friendship",
        AgreementKind.SisterCity => korean ? "자매결연" : "sister city",
        _ => korean ? "분야별 협약" : "sector agreement",
    };

    private static string Ending(string key, bool korean) => key switch
    {
        nameof(AgreementStatus.Expired) => korean ? "기간 만료" : "expired",
        nameof(AgreementStatus.Terminated) => korean ? "해지" : "terminated",
        nameof(AgreementStatus.Superseded) => korean ? "새 협약으로 대체" : "superseded",
        nameof(AgreementStatus.Suspended) => korean ? "교류 중단" : "suspended",
        OutOfKinds => korean ? "집계하지 않는 유형으로 변경" : "now of a kind not counted",
        _ => key,
    };
}
