using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// A body (a local council, a ministry) approved the proposed agreement before its signing, as a Korean local council
/// approves a sister tie before it is signed (지방자치단체의 국제교류·협력). The agreement's status does not change.
/// </summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day of the approval (the council's vote), as far as it is known.</param>
/// <param name="Body">The approving body, as it names itself: "경기도의회", "Gyeonggi Provincial Council".</param>
/// <param name="Resolution">The resolution or reference number of the approval, when known: "의안번호 2025-1234".</param>
public sealed record AgreementApproved(AgreementId AgreementId, PartialDate OccurredOn, string Body, string? Resolution) : IAgreementEvent;
