using System.Collections.Immutable;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>Where one member of a cohort stands in a coverage, and the ties that put it there.</summary>
/// <remarks>
/// Equality is by value (the agreements compared in order, by reference). Immutable, and so safe to share
/// between threads.
/// </remarks>
/// <param name="Member">The cohort member.</param>
/// <param name="Region">The region the member resolved to in the register, or null when the register does not hold it (such a member is always missing).</param>
/// <param name="Outcome">Covered, uncertain or missing.</param>
/// <param name="Agreements">
/// For a covered member, the agreements that cover it; for an uncertain one, the agreements that could; empty for a
/// missing one. In the order the register holds them.
/// </param>
public sealed record MemberCoverage(CohortMember Member, Region? Region, CoverageOutcome Outcome, ImmutableArray<Agreement> Agreements)
{
    /// <inheritdoc/>
    public bool Equals(MemberCoverage? other) =>
        other is not null
        && Member.Equals(other.Member)
        && Equals(Region, other.Region)
        && Outcome == other.Outcome
        && Agreements.SequenceEqual(other.Agreements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Region, Outcome, Agreements.Length);
}
