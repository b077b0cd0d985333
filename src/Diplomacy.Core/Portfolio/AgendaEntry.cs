using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// One date on a home region's agenda: an anniversary, a term's end or the notice before it, a commitment due, or
/// a delegation's days.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Days"/> holds every day the entry covers or may fall on, both ends inclusive: a delegation covers each
/// of its days; an anniversary of a tie signed "in October 1993" may fall on any day of October 2023, and its days
/// are that month, never a guessed day. <see cref="IsCertain"/> says whether it certainly falls there.
/// </para>
/// <para>
/// Equality is by value (the agreement, delegation and commitment by reference). Immutable, and so safe to share
/// between threads.
/// </para>
/// </remarks>
/// <param name="Kind">What the date is.</param>
/// <param name="Days">The days it covers (a delegation) or may fall on (the others), both ends inclusive.</param>
/// <param name="IsCertain">
/// True when it certainly falls in the window asked about: the window holds every day it may fall on, and nothing
/// recorded can keep it from coming (the tie is surely in force then, no renewal can come first); false when it only
/// may. A delegation's days are always certain.
/// </param>
/// <param name="Agreement">The tie of an anniversary or a term, else null.</param>
/// <param name="Delegation">The delegation of a visit or of a commitment, else null.</param>
/// <param name="Commitment">The commitment that is due, else null.</param>
/// <param name="AnniversaryNumber">Which anniversary (30 for the thirtieth), else null.</param>
/// <param name="TermLastDays">The days a term may end on, for a term's end and for the notice before it, else null.</param>
public sealed record AgendaEntry(
    AgendaEntryKind Kind,
    DateInterval Days,
    bool IsCertain,
    Agreement? Agreement = null,
    Delegation? Delegation = null,
    Commitment? Commitment = null,
    int? AnniversaryNumber = null,
    DateInterval? TermLastDays = null)
{
    /// <summary>How many years apart the anniversaries are that an office marks specially: every fifth.</summary>
    public const int MilestoneInterval = 5;

    /// <summary>Whether this is an anniversary that offices mark specially: the 5th, 10th, 15th and every fifth after.</summary>
    public bool IsMilestone => AnniversaryNumber % MilestoneInterval == 0;
}
