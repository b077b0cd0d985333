using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// How much of a cohort a home region covers, read from a register's index of ties: one loop behind every coverage,
/// its count and its timeline, and the cache of how each cohort resolves against the directory.
/// </summary>
/// <remarks>
/// Safe from many threads at once while no one writes: the cache is a concurrent dictionary. The register owns the
/// index; the engine only reads a home's ties through <c>tiesOf</c>, so the cost of a coverage grows with the home's
/// ties and the cohort's size, not with the register's.
/// </remarks>
/// <param name="directory">The register's regions, against which cohorts resolve.</param>
/// <param name="tiesOf">The register's ties of a home region, with or without those of places inside it.</param>
/// <param name="tiesBetween">The register's ties of which two regions are both parties.</param>
internal sealed class CoverageEngine(RegionDirectory directory, Func<Region, bool, List<Agreement>> tiesOf, Func<Region, Region, PairTies> tiesBetween)
{
    private const int StackLimit = 256;

    private static readonly ImmutableArray<Agreement> NoAgreements = [];

    private readonly ConcurrentDictionary<Cohort, CohortLookup> _cohorts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every member of the cohort covered (with the agreements that cover it), uncertain, or missing, on a date.</summary>
    public CoverageResult Measure(Region home, Cohort cohort, LocalDate date, CoverageCriteria criteria) =>
        Measure(home, Lookup(cohort), date, criteria);

    /// <summary>The numbers of <see cref="Measure(Region, Cohort, LocalDate, CoverageCriteria)"/> alone: allocation-free once the cohort is resolved.</summary>
    public CoverageCount CountCovered(Region home, Cohort cohort, LocalDate date, CoverageCriteria criteria)
    {
        var lookup = Lookup(cohort);
        var size = cohort.Count;
        byte[]? rented = null;
        var outcomes = size <= StackLimit ? stackalloc byte[size] : (rented = ArrayPool<byte>.Shared.Rent(size)).AsSpan(0, size);
        outcomes.Clear();
        var homeTies = tiesOf(home, criteria.IncludeHomeSubregions);
        if (criteria.IncludeHomeSubregions || criteria.IncludeMemberSubregions || homeTies.Count <= lookup.MemberRegions.Count)
        {
            Walk(home, lookup, date, criteria, outcomes, null, homeTies);
        }
        else
        {
            // A small cohort of a home with many ties: only the ties between the home and a member can cover it, and each
            // is found by its pair. A tie found twice (of three parties, two of them members) marks the same outcomes again.
            foreach (var member in lookup.MemberRegions)
            {
                var between = tiesBetween(home, member);
                for (var index = 0; index < between.Count; index++)
                {
                    WalkTie(home, lookup, date, criteria, outcomes, null, between[index]);
                }
            }
        }

        var covered = 0;
        var uncertain = 0;
        foreach (var outcome in outcomes)
        {
            covered += outcome == (byte)CoverageOutcome.Covered ? 1 : 0;
            uncertain += outcome == (byte)CoverageOutcome.Uncertain ? 1 : 0;
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new CoverageCount(covered, uncertain, size);
    }

    /// <summary>The coverage over time: measured on every day a relevant tie's status, kind or binding changes, and kept where it says something new.</summary>
    public CoverageTimeline OverTime(Region home, Cohort cohort, CoverageCriteria criteria)
    {
        var lookup = Lookup(cohort);
        var changes = new SortedSet<LocalDate>();
        foreach (var agreement in tiesOf(home, criteria.IncludeHomeSubregions))
        {
            if (!TouchesCohort(agreement, home, lookup, criteria))
            {
                continue;
            }

            // The spans follow each other without a gap, so their first days are every day on which the status changes.
            foreach (var span in agreement.StatusTimeline)
            {
                changes.Add(span.From);
            }

            changes.UnionWith(agreement.BindingChanges);
        }

        changes.Remove(LocalDate.MinIsoValue);
        var before = Measure(home, lookup, LocalDate.MinIsoValue, criteria);
        return CoverageTimeline.From(before, changes.Select(date => Measure(home, lookup, date, criteria)));
    }

    private static bool TouchesCohort(Agreement agreement, Region home, CohortLookup lookup, CoverageCriteria criteria)
    {
        foreach (var party in agreement.Parties)
        {
            if (!HomeSide.Includes(party.Region, home, criteria.IncludeHomeSubregions)
                && lookup.MemberIndexOf(party.Region, criteria.IncludeMemberSubregions) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one loop behind every coverage: marks each member covered or uncertain in <paramref name="outcomes"/>, and
    /// when <paramref name="ties"/> is given, collects the agreements behind each mark.
    /// </summary>
    private static void Walk(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria, Span<byte> outcomes, List<Agreement>?[]? ties, List<Agreement> agreements)
    {
        foreach (var agreement in agreements)
        {
            WalkTie(home, lookup, date, criteria, outcomes, ties, agreement);
        }
    }

    /// <summary>Marks what one tie does for each member among its parties.</summary>
    private static void WalkTie(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria, Span<byte> outcomes, List<Agreement>?[]? ties, Agreement agreement)
    {
        var qualification = TieQualification.DoesNotCover;

        // The array itself: the read-only list the public property returns is the array boxed, an allocation a call.
        foreach (var party in agreement.PartyArray)
        {
            if (HomeSide.Includes(party.Region, home, criteria.IncludeHomeSubregions))
            {
                continue;
            }

            var member = lookup.MemberIndexOf(party.Region, criteria.IncludeMemberSubregions);
            if (member < 0)
            {
                continue;
            }

            if (qualification == TieQualification.DoesNotCover)
            {
                qualification = criteria.JudgeStatusAndKind(agreement, date);
                if (qualification == TieQualification.DoesNotCover)
                {
                    return;
                }
            }

            var tie = criteria.Settle(agreement.HasWithdrawals ? WhileBound(agreement, home, party.Region, date, criteria, qualification) : qualification);
            if (tie != TieQualification.DoesNotCover)
            {
                Mark(outcomes, ties, member, agreement, tie == TieQualification.Covers ? CoverageOutcome.Covered : CoverageOutcome.Uncertain);
            }
        }
    }

    /// <summary>What a tie does for a member when a party withdrew: the member and some party on the home's side must be bound.</summary>
    private static TieQualification WhileBound(Agreement agreement, Region home, Region member, LocalDate date, CoverageCriteria criteria, TieQualification qualification)
    {
        var homeCertainly = false;
        var homePossibly = false;
        foreach (var party in agreement.PartyArray)
        {
            if (HomeSide.Includes(party.Region, home, criteria.IncludeHomeSubregions))
            {
                var (certainly, possibly) = agreement.BindingOn(party.Region, date);
                homeCertainly |= certainly;
                homePossibly |= possibly;
            }
        }

        return TieBinding.Limit(qualification, (homeCertainly, homePossibly), agreement.BindingOn(member, date));
    }

    private static void Mark(Span<byte> outcomes, List<Agreement>?[]? ties, int member, Agreement agreement, CoverageOutcome outcome)
    {
        var current = (CoverageOutcome)outcomes[member];
        if (outcome < current)
        {
            return;
        }

        if (ties is not null)
        {
            // A covering tie replaces the ties that only could cover; an agreement with two parties inside one member is listed once.
            var list = ties[member] ??= [];
            if (outcome > current)
            {
                list.Clear();
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], agreement))
            {
                list.Add(agreement);
            }
        }

        outcomes[member] = (byte)outcome;
    }

    private void Walk(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria, Span<byte> outcomes, List<Agreement>?[]? ties) =>
        Walk(home, lookup, date, criteria, outcomes, ties, tiesOf(home, criteria.IncludeHomeSubregions));

    private CoverageResult Measure(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria)
    {
        var size = lookup.Cohort.Count;
        var outcomes = new byte[size];
        var ties = new List<Agreement>?[size];
        Walk(home, lookup, date, criteria, outcomes, ties);
        var members = ImmutableArray.CreateBuilder<MemberCoverage>(size);
        for (var index = 0; index < size; index++)
        {
            var outcome = (CoverageOutcome)outcomes[index];
            var agreements = outcome == CoverageOutcome.Missing ? NoAgreements : [.. ties[index]!];
            members.Add(new MemberCoverage(lookup.Cohort.Members[index], lookup.Regions[index], outcome, agreements));
        }

        return new CoverageResult(home, lookup.Cohort, date, criteria, members.MoveToImmutable());
    }

    private CohortLookup Lookup(Cohort cohort)
    {
        if (!_cohorts.TryGetValue(cohort, out var lookup) || lookup.DirectoryCount != directory.Count)
        {
            // Readers racing here each resolve the cohort against the same directory and store equal lookups: the last stays.
            lookup = new CohortLookup(cohort, directory);
            _cohorts[cohort] = lookup;
        }

        return lookup;
    }
}
