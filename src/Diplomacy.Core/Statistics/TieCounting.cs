using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// The statistics of a home region's ties, judged by the coverage's own rule (<see cref="HomeTie.JudgeOn"/>), always
/// strictly: a tie that only could count is counted apart, never guessed into a row, even under
/// <see cref="CoverageCriteria.CountUncertainAsCovered"/>.
/// </summary>
internal static class TieCounting
{
    public static TieStatistics On(IEnumerable<Agreement> agreements, Region home, LocalDate date, CoverageCriteria criteria)
    {
        var counted = new List<HomeTie>();
        var uncertain = new List<HomeTie>();
        foreach (var tie in HomeTie.Of(agreements, home, criteria.IncludeHomeSubregions))
        {
            var judged = tie.JudgeOn(date, criteria);
            (judged == TieQualification.Covers ? counted : judged == TieQualification.CouldCover ? uncertain : null)?.Add(tie);
        }

        return new TieStatistics(home, date, criteria, TieTally.Of(counted, date), TieTally.Of(uncertain, date));
    }

    public static TieChanges Between(IEnumerable<Agreement> agreements, Region home, LocalDate from, LocalDate to, CoverageCriteria criteria)
    {
        var added = new List<HomeTie>();
        var ended = new List<HomeTie>();
        var upgraded = new List<HomeTie>();
        var uncertain = 0;
        foreach (var tie in HomeTie.Of(agreements, home, criteria.IncludeHomeSubregions))
        {
            var before = tie.JudgeOn(from, criteria);
            var after = tie.JudgeOn(to, criteria);
            if (before == TieQualification.CouldCover || after == TieQualification.CouldCover)
            {
                uncertain++;
            }
            else if (before != after)
            {
                (after == TieQualification.Covers ? added : ended).Add(tie);
            }
            else if (before == TieQualification.Covers)
            {
                // A tie that counts on both dates with a kind not known on one of them may or may not have been upgraded.
                var (earlier, later) = (tie.Agreement.KindOn(from), tie.Agreement.KindOn(to));
                if (earlier is null || later is null)
                {
                    uncertain++;
                }
                else if (later.Value.IsDeeperThan(earlier.Value))
                {
                    upgraded.Add(tie);
                }
            }
        }

        return new TieChanges(
            home,
            from,
            to,
            criteria,
            TieTally.Of(added, to),
            TieTally.Of(ended, from, tie => Ending(tie, to, criteria)),
            TieTally.Of(upgraded, to),
            uncertain);
    }

    private static string Ending(HomeTie tie, LocalDate to, CoverageCriteria criteria)
    {
        var status = tie.Agreement.StatusOn(to);
        return criteria.Statuses.Contains(status) ? StatisticsText.OutOfKinds : status.ToString();
    }
}
