using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Leads;

/// <summary>A lead gives its reason in a sentence in each shipped language, naming the member, the evidence and the region it goes through.</summary>
public sealed class CoverageLeadTextRules
{
    private static readonly LocalDate Day = new(2025, 9, 26);
    private static readonly LanguageTag Korean = LanguageTag.Parse("ko");

    private static CoverageLead Lead(LeadKind kind, Agreement? agreement = null, Region? via = null) =>
        new(Seed.Beijing, Day, kind, agreement, null, null, via);

    private static CoverageLead[] EveryKind()
    {
        var tie = A.SisterTieBetween(Seed.Chongqing, Seed.Beijing).WithId("CQ-BJ").SignedOn(2000, 1, 1);
        var trip = GyeonggiToChina();
        var commitment = trip.Commit(Seed.Gyeonggi, Seed.Beijing, "Send an invitation", new LocalDate(2025, 12, 1));
        return
        [
            Lead(LeadKind.UncertainTie, tie),
            Lead(LeadKind.PendingAgreement, tie),
            Lead(LeadKind.SubregionTie, tie, Seed.Suwon),
            Lead(LeadKind.Introducer, tie, Seed.Chongqing),
            new CoverageLead(Seed.Beijing, Day, LeadKind.RecentVisit, null, trip, null, null),
            new CoverageLead(Seed.Beijing, Day, LeadKind.OpenCommitment, null, null, commitment, null),
        ];
    }

    [Fact]
    public void A_lapsed_tie_says_how_it_lapsed()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        tie.Terminate(new LocalDate(2019, 10, 9), Seed.Beijing, "Ended");

        Lead(LeadKind.LapsedTie, tie).ToString().Should().Be("The friendship with Beijing (GG-BJ) lapsed (terminated): revive or renew it.");
        Lead(LeadKind.LapsedTie, tie).ToText(Korean).Should().Be("베이징시와(과)의 우호교류(GG-BJ)이(가) 효력을 잃었습니다(해지): 복원하거나 갱신하십시오.");
    }

    [Fact]
    public void Every_kind_of_lead_has_a_sentence_in_both_languages_naming_the_evidence()
    {
        var leads = EveryKind();

        leads.Select(lead => lead.ToString()).Should().Equal(
            "The sister city with Beijing (CQ-BJ) may count, but its status is uncertain: confirm its dates.",
            "The sister city with Beijing (CQ-BJ) is not yet a tie that counts: sign it, bring it into force or deepen it.",
            "Suwon holds a sister city in force (CQ-BJ) on the way to Beijing: lift it to the home's level.",
            "Chongqing, a partner of the home, holds a sister city with Beijing (CQ-BJ): it could introduce.",
            "A delegation exchanged visits with Beijing recently (GG-2025-CN): build on the contact.",
            "An open commitment with Beijing (GG-2025-CN#1: Send an invitation) is waiting to be kept.");
        leads.Select(lead => lead.ToText(Korean)).Should().Equal(
            "베이징시와(과)의 자매결연(CQ-BJ)은(는) 해당될 수 있으나 상태가 불확실합니다: 날짜를 확인하십시오.",
            "베이징시와(과)의 자매결연(CQ-BJ)이(가) 아직 집계되는 협약이 아닙니다: 체결·발효하거나 격상하십시오.",
            "수원시이(가) 베이징시 쪽과 자매결연(CQ-BJ)을(를) 유지하고 있습니다: 광역 단위로 격상하십시오.",
            "우리의 교류 상대 충칭시이(가) 베이징시와(과) 자매결연(CQ-BJ)을(를) 맺고 있습니다: 소개를 부탁할 수 있습니다.",
            "최근 베이징시와(과) 대표단 방문이 있었습니다(GG-2025-CN): 이 접촉을 이어가십시오.",
            "베이징시와(과)의 미이행 약속(GG-2025-CN#1: Send an invitation)이 남아 있습니다.");
    }

    [Fact]
    public void Every_kind_of_lead_has_a_sentence_in_Japanese_and_in_Simplified_Chinese()
    {
        var leads = EveryKind();

        leads.Select(lead => lead.ToText(LanguageTag.Parse("ja"))).Should().Equal(
            "北京市との姉妹都市（CQ-BJ）は対象となり得ますが、状態が不確実です。日付を確認してください。",
            "北京市との姉妹都市（CQ-BJ）はまだ集計される提携ではありません。締結・発効させるか、格上げしてください。",
            "수원시が北京市方面と有効な姉妹都市（CQ-BJ）を結んでいます。広域の段階に引き上げてください。",
            "交流相手の重庆市が北京市と姉妹都市（CQ-BJ）を結んでいます。紹介を頼めます。",
            "最近北京市と代表団の往来がありました（GG-2025-CN）。この接点を生かしてください。",
            "北京市との未履行の約束（GG-2025-CN#1: Send an invitation）が残っています。");
        leads.Select(lead => lead.ToText(LanguageTag.Parse("zh-Hans"))).Should().Equal(
            "与北京市的友好城市（CQ-BJ）可能计入，但其状态不确定：请核实日期。",
            "与北京市的友好城市（CQ-BJ）尚不是计入的关系：请签署、使其生效或升级。",
            "水原市与北京市方面有有效的友好城市（CQ-BJ）：请提升到本级。",
            "本方伙伴重庆市与北京市有友好城市（CQ-BJ）：可请其引荐。",
            "近期与北京市有代表团互访（GG-2025-CN）：请借助这一联系。",
            "与北京市的一项承诺（GG-2025-CN#1：Send an invitation）尚待履行。");
    }

    [Theory]
    [InlineData("ja", "北京市との友好交流（GG-BJ）は効力を失っています（解消）。復活または更新してください。")]
    [InlineData("zh-Hans", "与北京市的友好交流（GG-BJ）已失效（终止）：请恢复或续签。")]
    public void A_lapsed_tie_says_how_it_lapsed_in_the_words_of_a_kind_of_ending(string language, string sentence)
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        tie.Terminate(new LocalDate(2019, 10, 9), Seed.Beijing, "Ended");

        Lead(LeadKind.LapsedTie, tie).ToText(LanguageTag.Parse(language)).Should().Be(sentence);
    }

    [Theory]
    [InlineData(AgreementStatus.Expired, "기간 만료")]
    [InlineData(AgreementStatus.Suspended, "교류 중단")]
    public void A_lapsed_tie_names_its_status_in_Korean(AgreementStatus status, string word)
    {
        var tie = status == AgreementStatus.Expired
            ? A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").ForYears(5).SignedOn(2015, 1, 1)
            : A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        if (status == AgreementStatus.Suspended)
        {
            tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);
        }

        Lead(LeadKind.LapsedTie, tie).ToText(Korean).Should().Contain($"({word})");
        Lead(LeadKind.LapsedTie, tie).ToString().Should().Contain($"({status.ToString().ToLowerInvariant()})");
    }

    [Fact]
    public void A_lead_names_the_kind_the_agreement_had_on_the_date()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        tie.Upgrade(new LocalDate(2026, 1, 1), AgreementKind.SisterCity);

        Lead(LeadKind.PendingAgreement, tie).ToString().Should().StartWith("The friendship with Beijing");
    }

    [Fact]
    public void A_default_language_is_refused()
    {
        ((Action)(() => Lead(LeadKind.UncertainTie, SeedRegister.TianjinMou()).ToText(default))).Should().Throw<ArgumentException>().WithParameterName("language");
    }
}
