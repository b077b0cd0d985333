using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// The state of an agreement after a prefix of its history: its phase, its kind and its term, and the days
/// between which the running term may end (a term that starts on a day known in part ends on a day known in part).
/// </summary>
/// <param name="Phase">The recorded stage.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Term">The running term, or null.</param>
/// <param name="TermStart">The index in the history of the event the running term starts from, or -1 when no term runs.</param>
/// <param name="CanExpire">Whether the running term can run out (it exists, does not renew itself, and ends within the calendar).</param>
/// <param name="FirstPossibleExpiry">The first day on which the agreement may be expired; null when it may be expired on any day.</param>
/// <param name="FirstCertainExpiry">The first day on which the agreement is certainly expired; null when no day is certain.</param>
internal readonly record struct LifecycleState(
    LifecyclePhase Phase,
    AgreementKind Kind,
    AgreementTerm? Term,
    int TermStart,
    bool CanExpire,
    LocalDate? FirstPossibleExpiry,
    LocalDate? FirstCertainExpiry)
{
    public bool IsEnded => Phase is LifecyclePhase.Terminated or LifecyclePhase.Superseded;

    public bool HasEnteredIntoForce => Phase is LifecyclePhase.InForce or LifecyclePhase.Suspended;

    /// <summary>Whether the agreement is expired on every day <paramref name="day"/> may be, when its earliest day is known.</summary>
    public bool IsCertainlyExpiredFrom(LocalDate? day) =>
        CanExpire && FirstCertainExpiry is { } expiry && day is { } earliest && earliest >= expiry;

    /// <summary>The statuses the state may give on a day, as a bit set over <see cref="AgreementStatus"/>.</summary>
    public int PossibleStatuses(LocalDate day)
    {
        var recorded = Phase switch
        {
            LifecyclePhase.Proposed => AgreementStatus.Proposed,
            LifecyclePhase.AwaitingEntryIntoForce => AgreementStatus.NotYetInForce,
            LifecyclePhase.InForce => AgreementStatus.InForce,
            LifecyclePhase.Suspended => AgreementStatus.Suspended,
            LifecyclePhase.Terminated => AgreementStatus.Terminated,
            LifecyclePhase.Superseded => AgreementStatus.Superseded,
            _ => AgreementStatus.None,
        };
        if (!HasEnteredIntoForce || !CanExpire)
        {
            return Bit(recorded);
        }

        if (FirstCertainExpiry is { } certain && day >= certain)
        {
            return Bit(AgreementStatus.Expired);
        }

        var possible = FirstPossibleExpiry is not { } first || day >= first;
        return possible ? Bit(recorded) | Bit(AgreementStatus.Expired) : Bit(recorded);
    }

    public static int Bit(AgreementStatus status) => 1 << (int)status;
}
