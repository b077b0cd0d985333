using System.Globalization;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// A promise made on a visit: who owes what to whom, by when, and whether it was kept. "Gyeonggi takes part
/// in Shanghai's trade fair this coming November" is owed by Gyeonggi to Shanghai, due in November 2025.
/// </summary>
/// <remarks>
/// <para>
/// A commitment is an entity of the <see cref="Delegation"/> on whose visit it was made, never a snapshot:
/// there is one object per commitment, the one <see cref="Delegation.Commit"/> returns and
/// <see cref="Delegation.Commitments"/> lists, and it always tells where the commitment stands now. A
/// commitment handed out while open and kept later answers <see cref="CommitmentStatus.Done"/>, never stale
/// news. It is an entity rather than a value read through its delegation because callers hold on to what they
/// were given (<c>var fair = trip.Commit(…); fair.IsOverdueOn(day)</c>), and a value that carried a status
/// would answer "open" for ever. It is changed only through its delegation
/// (<see cref="Delegation.CompleteCommitment"/>, <see cref="Delegation.DropCommitment"/>), which checks the
/// rules; it is identified by the delegation's id and its <see cref="Number"/> there (1 for the first one made).
/// </para>
/// <para>
/// The due date is a <see cref="PartialDate"/>: a day, or a month such as "this coming November", or
/// unknown ("soon"). A commitment is <b>overdue on</b> a day when it is still open that day and its last
/// possible due day is before it: one due in November 2025 is due through 30 November and overdue from
/// 1 December. A commitment with no latest due day (unknown, or "on or after") is never overdue.
/// </para>
/// <para>
/// Settling (done or dropped) takes effect on its day: a commitment done on 1 December is done that day
/// and was open on 30 November. Equality is by reference, as for its delegation. What was promised, by whom
/// and by when never change; only the settlement does, once. Like its delegation, it is not thread-safe: do not
/// read it from another thread while its delegation changes.
/// </para>
/// </remarks>
public sealed class Commitment
{
    internal Commitment(DelegationId delegation, int number, Region owedBy, Region owedTo, string what, PartialDate due)
    {
        Delegation = delegation;
        Number = number;
        OwedBy = owedBy;
        OwedTo = owedTo;
        What = what;
        Due = due;
    }

    /// <summary>The delegation on whose visit the commitment was made.</summary>
    public DelegationId Delegation { get; }

    /// <summary>The commitment's number in its delegation, from 1, in the order they were made.</summary>
    public int Number { get; }

    /// <summary>The region that owes it.</summary>
    public Region OwedBy { get; }

    /// <summary>The region it is owed to.</summary>
    public Region OwedTo { get; }

    /// <summary>What was promised, as written.</summary>
    public string What { get; }

    /// <summary>By when, as far as it is known.</summary>
    public PartialDate Due { get; }

    /// <summary>Where the commitment stands now, after every settlement recorded.</summary>
    public CommitmentStatus Status { get; private set; }

    /// <summary>The day it was done or dropped; null while it is open.</summary>
    public LocalDate? SettledOn { get; private set; }

    /// <summary>Why it was dropped; null unless <see cref="Status"/> is <see cref="CommitmentStatus.Dropped"/>.</summary>
    public string? DropReason { get; private set; }

    /// <summary>Where the commitment stood on a day: open before it was settled, then done or dropped.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The status on that day.</returns>
    public CommitmentStatus StatusOn(LocalDate date) => SettledOn is { } settled && settled <= date ? Status : CommitmentStatus.Open;

    /// <summary>Whether the commitment was overdue on a day: still open that day, and certainly due before it.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when open on <paramref name="date"/> and the last possible due day is before it.</returns>
    public bool IsOverdueOn(LocalDate date) =>
        StatusOn(date) == CommitmentStatus.Open && Due.IsCertainlyBefore(PartialDate.On(date));

    /// <summary>A description for people: <c>GG-2025-CN#3 KR-41 → CN-SH: take part in the trade fair (due 2025-11, Open)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Delegation}#{Number} {OwedBy.Id} → {OwedTo.Id}: {What} (due {Due}, {Status})");

    internal string SubjectId => string.Create(CultureInfo.InvariantCulture, $"{Delegation}#{Number}");

    internal void Settle(CommitmentStatus status, LocalDate on, string? reason)
    {
        Status = status;
        SettledOn = on;
        DropReason = reason;
    }
}
