using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;
using NodaTime;

namespace Diplomacy.Core.Leads;

/// <summary>
/// A fact in the register that an office could build on to cover a missing or uncertain member: what kind of lead it
/// is, its evidence (an agreement, a delegation or a commitment) and a reason sentence in English or Korean.
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Agreement"/>, <see cref="Delegation"/> and <see cref="Commitment"/> is set.
/// <see cref="Via"/> names the third region a lead goes through: the introducing partner, or the sub-region that holds
/// the tie. Equality is by value (the evidence by reference). Immutable, and so safe to share between threads.
/// </remarks>
/// <param name="Member">The member the lead is about.</param>
/// <param name="Date">The date of the coverage the lead was found for; the sentence tells an agreement's status on it.</param>
/// <param name="Kind">What kind of lead.</param>
/// <param name="Agreement">The agreement that is the evidence, or null.</param>
/// <param name="Delegation">The delegation that is the evidence, or null.</param>
/// <param name="Commitment">The commitment that is the evidence, or null.</param>
/// <param name="Via">The introducing partner, or the sub-region (of either side) holding the tie; null otherwise.</param>
public sealed record CoverageLead(Region Member, LocalDate Date, LeadKind Kind, Agreement? Agreement, Delegation? Delegation, Commitment? Commitment, Region? Via)
{
    /// <summary>The id of the evidence: the agreement's, the delegation's, or the commitment's (<c>delegation#number</c>).</summary>
    public string Evidence => Agreement?.Id.Value ?? Delegation?.Id.Value ?? Commitment!.SubjectId;

    /// <summary>
    /// The reason in a sentence, in English or in Korean (a tag whose language is <c>ko</c>), naming the member, the
    /// evidence and, where there is one, the region it goes through.
    /// </summary>
    /// <param name="language">The language; any other than Korean reads English (region names fall back as <see cref="RegionNames.In(LanguageTag)"/> does).</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        var korean = language.IsKorean;
        var member = Member.Names.In(language).Text;
        var via = Via?.Names.In(language).Text;
        var kind = Agreement is null ? null : StatisticsText.Kind(Agreement.KindOn(Date) ?? Agreement.Kind, korean);
        var status = Agreement?.StatusOn(Date) ?? default;
        return korean ? Korean(member, via, kind, status) : English(member, via, kind, status);
    }

    /// <summary>The reason in English.</summary>
    /// <returns>The text of <see cref="ToText"/> in English.</returns>
    public override string ToString() => ToText(LanguageTag.Parse("en"));

    private string English(string member, string? via, string? kind, AgreementStatus status) => Kind switch
    {
        LeadKind.UncertainTie => $"The {kind} with {member} ({Evidence}) may count, but its status is uncertain: confirm its dates.",
        LeadKind.LapsedTie => $"The {kind} with {member} ({Evidence}) lapsed ({status.ToString().ToLowerInvariant()}): revive or renew it.",
        LeadKind.PendingAgreement => $"The {kind} with {member} ({Evidence}) is not yet a tie that counts: sign it, bring it into force or deepen it.",
        LeadKind.SubregionTie => $"{via} holds a {kind} in force ({Evidence}) on the way to {member}: lift it to the home's level.",
        LeadKind.OpenCommitment => string.Create(CultureInfo.InvariantCulture, $"An open commitment with {member} ({Evidence}: {Commitment!.What}) is waiting to be kept."),
        LeadKind.RecentVisit => $"A delegation exchanged visits with {member} recently ({Evidence}): build on the contact.",
        _ => $"{via}, a partner of the home, holds a {kind} with {member} ({Evidence}): it could introduce.",
    };

    private string Korean(string member, string? via, string? kind, AgreementStatus status) => Kind switch
    {
        LeadKind.UncertainTie => $"{member}와(과)의 {kind}({Evidence})은(는) 해당될 수 있으나 상태가 불확실합니다: 날짜를 확인하십시오.",
        LeadKind.LapsedTie => $"{member}와(과)의 {kind}({Evidence})이(가) 효력을 잃었습니다({KoreanStatus(status)}): 복원하거나 갱신하십시오.",
        LeadKind.PendingAgreement => $"{member}와(과)의 {kind}({Evidence})이(가) 아직 집계되는 협약이 아닙니다: 체결·발효하거나 격상하십시오.",
        LeadKind.SubregionTie => $"{via}이(가) {member} 쪽과 {kind}({Evidence})을(를) 유지하고 있습니다: 광역 단위로 격상하십시오.",
        LeadKind.OpenCommitment => $"{member}와(과)의 미이행 약속({Evidence}: {Commitment!.What})이 남아 있습니다.",
        LeadKind.RecentVisit => $"최근 {member}와(과) 대표단 방문이 있었습니다({Evidence}): 이 접촉을 이어가십시오.",
        _ => $"우리의 교류 상대 {via}이(가) {member}와(과) {kind}({Evidence})을(를) 맺고 있습니다: 소개를 부탁할 수 있습니다.",
    };

    private static string KoreanStatus(AgreementStatus status) => status switch
    {
        AgreementStatus.Expired => "기간 만료",
        AgreementStatus.Terminated => "해지",
        _ => "교류 중단",
    };
}
