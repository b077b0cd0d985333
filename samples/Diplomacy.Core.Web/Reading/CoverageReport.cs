using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>How far a home region's ties cover a cohort on a date, member by member, and how that changed over time.</summary>
public sealed record CoverageReport
{
    public required RegionView Home { get; init; }

    public required string Cohort { get; init; }

    public required string CohortLabel { get; init; }

    public required LocalDate Date { get; init; }

    /// <summary>The core's own words for the count: <c>3 of 4</c>, <c>4곳 중 3곳</c>.</summary>
    public required string Text { get; init; }

    public required int Count { get; init; }

    public required int Total { get; init; }

    public required double Ratio { get; init; }

    public required IReadOnlyList<MemberView> Covered { get; init; }

    public required IReadOnlyList<MemberView> Missing { get; init; }

    public required IReadOnlyList<MemberView> Uncertain { get; init; }

    /// <summary>Every span of the coverage over time, in order, with the count it held.</summary>
    public required IReadOnlyList<CoverageStep> OverTime { get; init; }

    public static CoverageReport Of(Register register, Region home, CohortChoice cohort, LocalDate date, Texts texts)
    {
        var coverage = register.Coverage(home, cohort.Cohort, date);
        var timeline = register.CoverageOverTime(home, cohort.Cohort);
        return new CoverageReport
        {
            Home = RegionView.Of(home, texts),
            Cohort = cohort.Key,
            CohortLabel = cohort.Label(texts),
            Date = date,
            Text = coverage.ToText(texts.Language),
            Count = coverage.Count,
            Total = coverage.Total,
            Ratio = coverage.Ratio,
            Covered = [.. coverage.Covered.Select(member => MemberView.Of(member, texts))],
            Missing = [.. coverage.Missing.Select(member => MemberView.Of(member, texts))],
            Uncertain = [.. coverage.Uncertain.Select(member => MemberView.Of(member, texts))],
            OverTime = [.. timeline.Periods.Select(period => CoverageStep.Of(period, texts))],
        };
    }
}
