using System.Numerics;
using System.Text;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// Every status and kind an agreement may have on a date, kept as exact pairs: on a date inside the uncertainty
/// of an upgrade known only in part, a tie may be "a friendship in force or a sister-city tie in force".
/// </summary>
/// <remarks>
/// <para>
/// The pairs come from the possible histories on that date (see <see cref="Agreement.StatusOn"/>): each possible
/// history gives one kind and one or two statuses (two when a term from a day known in part may have run out).
/// Pairs, not two separate sets, so that "a friendship in force or a sister tie expired" does not also claim "a
/// sister tie in force". <see cref="AgreementStatus.Uncertain"/> is never one of the statuses: it is the single
/// word for "more than one".
/// </para>
/// <para>
/// Equality is by value: the same pairs. <c>default</c> holds no pair, and an agreement never answers with it.
/// Immutable, and so safe to share between threads.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var possible = tie.PossibilitiesOn(new LocalDate(2010, 6, 1)); // upgraded "in 2010"
/// possible.IsCertainly(AgreementStatus.InForce);                // true
/// possible.Kinds;                                               // [Friendship, SisterCity]
/// possible.Contains(AgreementStatus.InForce, AgreementKind.SisterCity); // true
/// </code>
/// </example>
public readonly record struct AgreementPossibilities
{
    private const int KindCount = 5;

    internal AgreementPossibilities(ulong pairs) => Pairs = pairs;

    /// <summary>Whether exactly one status and one kind are possible.</summary>
    public bool IsCertain => BitOperations.PopCount(Pairs) == 1;

    /// <summary>The one status every possibility shares, or <see cref="AgreementStatus.Uncertain"/>: what <see cref="Agreement.StatusOn"/> answers.</summary>
    public AgreementStatus Status => Single(StatusMask) is { } status ? (AgreementStatus)status : AgreementStatus.Uncertain;

    /// <summary>The one kind every possibility shares, or null: what <see cref="Agreement.KindOn"/> answers.</summary>
    public AgreementKind? Kind => Single(KindMask) is { } kind ? (AgreementKind)kind : null;

    /// <summary>The statuses the agreement may have, in the order of <see cref="AgreementStatus"/>.</summary>
    public IReadOnlyList<AgreementStatus> Statuses
    {
        get
        {
            var mask = StatusMask;
            return [.. Enum.GetValues<AgreementStatus>().Where(status => (mask & (1 << (int)status)) != 0)];
        }
    }

    /// <summary>The kinds the agreement may have, in the order of <see cref="AgreementKind"/>.</summary>
    public IReadOnlyList<AgreementKind> Kinds
    {
        get
        {
            var mask = KindMask;
            return [.. Enum.GetValues<AgreementKind>().Where(kind => (mask & (1 << (int)kind)) != 0)];
        }
    }

    /// <summary>The pairs as a bit set: bit <c>status × 5 + kind</c>.</summary>
    internal ulong Pairs { get; }

    private int StatusMask
    {
        get
        {
            var mask = 0;
            for (var status = 0; status < 64 / KindCount; status++)
            {
                mask |= ((Pairs >> (status * KindCount)) & ((1UL << KindCount) - 1)) != 0 ? 1 << status : 0;
            }

            return mask;
        }
    }

    private int KindMask
    {
        get
        {
            var mask = 0UL;
            for (var rest = Pairs; rest != 0; rest >>= KindCount)
            {
                mask |= rest & ((1UL << KindCount) - 1);
            }

            return (int)mask;
        }
    }

    /// <summary>Whether the agreement may have this status and this kind together.</summary>
    /// <param name="status">The status.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>True when one possibility is that pair.</returns>
    public bool Contains(AgreementStatus status, AgreementKind kind) => (Pairs & Bit(status, kind)) != 0;

    /// <summary>Whether every possibility has this status (the status is certain, whatever the kind).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when the agreement certainly has that status.</returns>
    public bool IsCertainly(AgreementStatus status) => Pairs != 0 && StatusMask == 1 << (int)status;

    /// <summary>Whether some possibility has this status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when the agreement may have that status.</returns>
    public bool MayBe(AgreementStatus status) => (StatusMask & (1 << (int)status)) != 0;

    /// <summary>Describes the possibilities for logs: <c>InForce SisterCity | InForce Friendship</c>.</summary>
    /// <returns>The pairs, joined by a bar.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var status in Enum.GetValues<AgreementStatus>())
        {
            foreach (var kind in Enum.GetValues<AgreementKind>())
            {
                if (Contains(status, kind))
                {
                    text.Append(text.Length > 0 ? " | " : string.Empty).Append(status).Append(' ').Append(kind);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The bit of one pair.</summary>
    internal static ulong Bit(AgreementStatus status, AgreementKind kind) =>
        (uint)status < 64 / KindCount && (uint)kind < KindCount ? 1UL << (((int)status * KindCount) + (int)kind) : 0;

    private static int? Single(int mask) => BitOperations.PopCount((uint)mask) == 1 ? BitOperations.TrailingZeroCount(mask) : null;
}
