using Ardalis.GuardClauses;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>Recording a body's approval of a proposed agreement.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// Records that a body approved the proposed agreement: in Korea the local council approves a sister tie before it
    /// is signed (지방자치단체의 국제교류·협력), and a register keeps that approval, with its day, body and resolution, in
    /// the agreement's history. The status does not change. An approval stands after the proposal and before the signing,
    /// so it is recorded on an agreement created by <see cref="Propose"/>; a proposal may be approved more than once (by
    /// two bodies, or again after an amendment). Whether an approval is required is the caller's policy: see
    /// <c>Register.ChecksBeforeSigning</c>.
    /// </summary>
    /// <param name="on">The day of the approval (the council's vote), as far as it is known.</param>
    /// <param name="body">The approving body, as it names itself ("경기도의회"); trimmed.</param>
    /// <param name="resolution">The resolution or reference number, when known; trimmed.</param>
    /// <remarks>
    /// Like every lifecycle command it records the event at its day (see <see cref="EnterIntoForce"/>): an approval dated
    /// after a signing already recorded, or on its day, stands after it and is refused; one certainly before the proposal
    /// is refused too. A later signing certainly before a recorded approval is refused by <see cref="Sign(PartialDate, SigningDetails)"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is empty or white space, or <paramref name="resolution"/> is blank.</exception>
    /// <exception cref="DomainRuleException">
    /// It would stand before the proposal or after the signing (<see cref="DomainRule.ApprovalMustPrecedeSigning"/>), or an
    /// event already recorded after it no longer holds (the rule that event breaks).
    /// </exception>
    /// <example>
    /// <code>
    /// var proposal = Agreement.Propose(new AgreementId("GG-SH-SISTER"), AgreementKind.SisterCity, [gyeonggi, shanghai], new LocalDate(2026, 3, 2));
    /// proposal.Approve(new LocalDate(2026, 4, 21), "경기도의회", "의안번호 2026-512");
    /// proposal.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);
    /// </code>
    /// </example>
    public void Approve(PartialDate on, string body, string? resolution = null)
    {
        var trimmedBody = Guard.Against.NullOrWhiteSpace(body).Trim();
        var trimmedResolution = resolution is null ? null : Guard.Against.NullOrWhiteSpace(resolution).Trim();
        RecordAtItsDay(new AgreementApproved(Id, on, trimmedBody, trimmedResolution));
    }
}
