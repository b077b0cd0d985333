using System.Collections.Immutable;
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
/// A tie <b>covers</b> a member on a date when its status that day is one of <see cref="Statuses"/> and its kind
/// that day is one of <see cref="Kinds"/>. It <b>could cover</b> the member when it does not, but its status is
/// <see cref="AgreementStatus.Uncertain"/> or admitted, and its kind is uncertain or admitted: such a member is
/// reported as <see cref="CoverageOutcome.Uncertain"/>, never as covered.
/// </para>
/// <para>
/// Equality is by value: the same kinds and statuses admitted (as sets) and the same two switches. Immutable,
/// and so safe to share between threads. Change a copy with <c>with</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var evenSuspended = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };
/// var wholeProvince = CoverageCriteria.Default with { IncludeHomeSubregions = true };
/// var sisterTiesOnly = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] };
/// </code>
/// </example>
public sealed record CoverageCriteria
{
    private readonly ImmutableHashSet<AgreementKind> _kinds = [.. Enum.GetValues<AgreementKind>()];
    private readonly ImmutableHashSet<AgreementStatus> _statuses = [AgreementStatus.InForce];
    private readonly int _kindMask = MaskOf(Enum.GetValues<AgreementKind>());
    private readonly int _statusMask = MaskOf([AgreementStatus.InForce]);

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

    /// <inheritdoc/>
    public bool Equals(CoverageCriteria? other) =>
        other is not null
        && _kindMask == other._kindMask
        && _statusMask == other._statusMask
        && IncludeHomeSubregions == other.IncludeHomeSubregions
        && IncludeMemberSubregions == other.IncludeMemberSubregions;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kindMask, _statusMask, IncludeHomeSubregions, IncludeMemberSubregions);

    /// <summary>Whether a tie covers, could cover, or does not cover a member on a date; allocation-free.</summary>
    /// <param name="agreement">The tie.</param>
    /// <param name="date">The date.</param>
    /// <returns>What the tie does for the member.</returns>
    internal TieQualification Judge(Agreement agreement, LocalDate date)
    {
        var status = agreement.StatusOn(date);
        var kind = agreement.KindOn(date);
        var statusAdmitted = Admits(_statusMask, (int)status);
        var kindAdmitted = kind is { } known && Admits(_kindMask, (int)known);
        if (statusAdmitted && kindAdmitted)
        {
            return TieQualification.Covers;
        }

        return (statusAdmitted || status == AgreementStatus.Uncertain) && (kindAdmitted || kind is null)
            ? TieQualification.CouldCover
            : TieQualification.DoesNotCover;
    }

    // The sets in a stable order, not the hash sets' type names, so that a logged criteria reads as what it admits.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kinds = [").AppendJoin(", ", Kinds.Order()).Append("], Statuses = [").AppendJoin(", ", Statuses.Order())
            .Append("], IncludeHomeSubregions = ").Append(IncludeHomeSubregions)
            .Append(", IncludeMemberSubregions = ").Append(IncludeMemberSubregions);
        return true;
    }

    private static bool Admits(int mask, int value) => (mask & (1 << value)) != 0;

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
