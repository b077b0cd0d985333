using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// An event recorded in error was taken back: it no longer counts for any answer, but the retraction is kept in
/// <see cref="Agreement.Retractions"/> and raised in <see cref="Agreement.DomainEvents"/>. It is never part of
/// <see cref="Agreement.History"/>.
/// </summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Retracted">The event taken back, as it was recorded.</param>
/// <param name="Reason">Why it was taken back, as the register gives it.</param>
public sealed record AgreementEventRetracted(AgreementId AgreementId, IAgreementEvent Retracted, string Reason) : IAgreementEvent
{
    /// <summary>The day of the retracted event: the answers change from that day, as if it had never been recorded.</summary>
    public PartialDate OccurredOn => Retracted.OccurredOn;
}
