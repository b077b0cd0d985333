using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// What makes a tie count towards a coverage: which kinds, which statuses, and whether ties of the home
/// region's sub-regions, or with a member's sub-regions, count.
/// </summary>
/// <remarks>
/// <para>
/// A tie's status and kind on a date are read as its possible pairs (<see cref="Agreement.PossibilitiesOn"/>). The
/// tie <b>covers</b> a member on that date when every possible pair is admitted: its status is one of
/// <see cref="Statuses"/> and its kind one of <see cref="Kinds"/>. It <b>could cover</b> the member when only some
/// pairs are admitted: such a member is reported as <see cref="CoverageOutcome.Uncertain"/>, never as covered,
/// unless <see cref="CountUncertainAsCovered"/> asks for the optimistic count. When no pair is admitted the tie
/// does nothing for the member. A tie certainly in force whose upgrade date is known only as a range covers under
/// criteria that admit both kinds.
/// </para>
/// <para>
/// Equality is by value: the same kinds and statuses admitted (as sets) and the same three switches. Immutable,
/// and so safe to share between threads. Change a copy with <c>with</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var evenSuspended = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };
/// var wholeProvince = CoverageCriteria.Default with { IncludeHomeSubregions = true };
/// var sisterTiesOnly = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] };
/// var optimistic = CoverageCriteria.Default with { CountUncertainAsCovered = true };
/// </code>
/// </example>
public sealed record CoverageCriteria
{
    private readonly ImmutableHashSet<AgreementKind> _kinds = [.. Enum.GetValues<AgreementKind>()];
    private readonly ImmutableHashSet<AgreementStatus> _statuses = [AgreementStatus.InForce];
    private readonly int _kindMask = MaskOf(Enum.GetValues<AgreementKind>());
    private readonly int _statusMask = MaskOf([AgreementStatus.InForce]);
    private readonly ulong _pairMask = PairsOf(MaskOf([AgreementStatus.InForce]), MaskOf(Enum.GetValues<AgreementKind>()));

    /// <summary>
    /// The criteria a register uses when none are given: every kind, in force only, no sub-region on either side.
    /// </summary>
    public static CoverageCriteria Default { get; } = new();

    /// <summary>The kinds of agreement that count. Default: every kind, from a letter of intent to a sister-city tie.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or holds a kind that is not defined.</exception>
    public ImmutableHashSet<AgreementKind> Kinds
    {
        get => _kinds;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.IsEmpty || value.Any(kind => !Enum.IsDefined(kind)))
            {
                throw new ArgumentException($"Kinds must name at least one defined kind, not [{string.Join(", ", value)}].", nameof(value));
            }

            _kinds = value;
            _kindMask = MaskOf(value);
            _pairMask = PairsOf(_statusMask, _kindMask);
        }
    }

    /// <summary>
    /// The statuses that count. Default: <see cref="AgreementStatus.InForce"/> only; add
    /// <see cref="AgreementStatus.Suspended"/> to count ties suspended (in a pandemic, a dispute) but not ended.
    /// <see cref="AgreementStatus.Uncertain"/> cannot be admitted: an uncertain tie is reported apart.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, holds a status that is not defined, or holds <see cref="AgreementStatus.Uncertain"/>.</exception>
    public ImmutableHashSet<AgreementStatus> Statuses
    {
        get => _statuses;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.IsEmpty || value.Any(status => !Enum.IsDefined(status) || status == AgreementStatus.Uncertain))
            {
                throw new ArgumentException(
                    $"Statuses must name at least one defined status other than Uncertain, not [{string.Join(", ", value)}].", nameof(value));
            }

            _statuses = value;
            _statusMask = MaskOf(value);
            _pairMask = PairsOf(_statusMask, _kindMask);
        }
    }

    /// <summary>
    /// Whether ties of the places inside the home region count for it: with it, Suwon's tie with Shanghai covers
    /// Shanghai for Gyeonggi. Default: false, only the home region's own ties.
    /// </summary>
    public bool IncludeHomeSubregions { get; init; }

    /// <summary>
    /// Whether a tie with a place inside a member counts for the member: with it, a tie with a district of
    /// Shanghai covers Shanghai. Default: false, only ties with the member itself.
    /// </summary>
    public bool IncludeMemberSubregions { get; init; }

    /// <summary>
    /// Whether a member that a tie only could cover counts as covered: the optimistic count, for a register that lists
    /// undated ties ("in force by 1 May 2016", uncertain before) and wants the most it may hold. Default: false, an
    /// uncertain member is reported apart as <see cref="CoverageOutcome.Uncertain"/>.
    /// </summary>
    public bool CountUncertainAsCovered { get; init; }

    /// <inheritdoc/>
    public bool Equals(CoverageCriteria? other) =>
        other is not null
        && _kindMask == other._kindMask
        && _statusMask == other._statusMask
        && IncludeHomeSubregions == other.IncludeHomeSubregions
        && IncludeMemberSubregions == other.IncludeMemberSubregions
        && CountUncertainAsCovered == other.CountUncertainAsCovered;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kindMask, _statusMask, IncludeHomeSubregions, IncludeMemberSubregions, CountUncertainAsCovered);

    /// <summary>
    /// Whether a tie's possible (status, kind) pairs on a date are all admitted (covers), some (could cover) or none
    /// (does not cover); strict, whatever <see cref="CountUncertainAsCovered"/> says. Allocation-free.
    /// </summary>
    /// <param name="agreement">The tie.</param>
    /// <param name="date">The date.</param>
    /// <returns>What the tie's status and kind allow.</returns>
    internal TieQualification JudgeStatusAndKind(Agreement agreement, LocalDate date)
    {
        var possible = agreement.PossibilitiesOn(date).Pairs;
        var admitted = possible & _pairMask;
        if (admitted == 0)
        {
            return TieQualification.DoesNotCover;
        }

        return admitted == possible ? TieQualification.Covers : TieQualification.CouldCover;
    }

    /// <summary>What a coverage counts a judgement as: "could cover" is "covers" in the optimistic count.</summary>
    /// <param name="strict">The strict judgement.</param>
    /// <returns>The judgement the count uses.</returns>
    internal TieQualification Settle(TieQualification strict) =>
        strict == TieQualification.CouldCover && CountUncertainAsCovered ? TieQualification.Covers : strict;

    // The sets in a stable order, not the hash sets' type names, so that a logged criteria reads as what it admits.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kinds = [").AppendJoin(", ", Kinds.Order()).Append("], Statuses = [").AppendJoin(", ", Statuses.Order())
            .Append("], IncludeHomeSubregions = ").Append(IncludeHomeSubregions)
            .Append(", IncludeMemberSubregions = ").Append(IncludeMemberSubregions)
            .Append(", CountUncertainAsCovered = ").Append(CountUncertainAsCovered);
        return true;
    }

    // Every admitted status with every admitted kind, as the bit set of pairs the possibilities are read against.
    private static ulong PairsOf(int statusMask, int kindMask)
    {
        var pairs = 0UL;
        for (var statuses = statusMask; statuses != 0; statuses &= statuses - 1)
        {
            for (var kinds = kindMask; kinds != 0; kinds &= kinds - 1)
            {
                pairs |= AgreementPossibilities.Bit((AgreementStatus)BitOperations.TrailingZeroCount(statuses), (AgreementKind)BitOperations.TrailingZeroCount(kinds));
            }
        }

        return pairs;
    }

    private static int MaskOf<T>(IEnumerable<T> values)
        where T : struct, Enum
    {
        var mask = 0;
        foreach (var value in values)
        {
            mask |= 1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }
}
