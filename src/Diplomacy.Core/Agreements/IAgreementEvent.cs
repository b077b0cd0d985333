using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// Something that happened to an agreement: one entry of <see cref="Agreement.History"/>, and the domain event
/// the agreement raises (in <see cref="Agreement.DomainEvents"/>) when the command that recorded it is accepted.
/// </summary>
/// <remarks>
/// <para>
/// The events are <see cref="AgreementProposed"/>, <see cref="AgreementApproved"/>, <see cref="AgreementSigned"/>,
/// <see cref="AgreementEnteredIntoForce"/>, <see cref="AgreementSuspended"/>, <see cref="AgreementResumed"/>,
/// <see cref="AgreementRenewed"/>, <see cref="AgreementUpgraded"/>, <see cref="AgreementTerminated"/>,
/// <see cref="AgreementSuperseded"/> and <see cref="AgreementPartyWithdrew"/>: sealed records, equal by value, immutable
/// and safe to share between threads. <see cref="AgreementEventRetracted"/> is raised as a domain event too, but is
/// never an entry of the history: it takes one out.
/// </para>
/// <para>
/// Expiry is not an event: it is derived from the term on the date asked about
/// (<see cref="AgreementStatus.Expired"/>), so nothing is raised when a term runs out. A host app that needs
/// to act on expiry asks <see cref="Agreement.TermEndsOn"/> or <see cref="Agreement.StatusOn"/>.
/// </para>
/// </remarks>
public interface IAgreementEvent
{
    /// <summary>The agreement the event happened to.</summary>
    AgreementId AgreementId { get; }

    /// <summary>The day the event took effect, as far as it is known.</summary>
    PartialDate OccurredOn { get; }
}
