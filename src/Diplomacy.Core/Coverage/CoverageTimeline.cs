using System.Collections.Immutable;
using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// A coverage over time: the dates on which it changed, and its value between them.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Periods"/> run one after another with no gap, both ends inclusive, and each says something
/// different from the one before: another member covered, missing or uncertain, or another agreement covering a
/// member. They start on the first day anything is covered or uncertain; before it, every member is missing
/// (<see cref="Before"/>). When some tie is uncertain from the start of time (a signing known only as "on or
/// before"), the first period starts on <see cref="LocalDate.MinIsoValue"/>.
/// </para>
/// <para>Immutable, and so safe to share between threads. Equality is by reference.</para>
/// </remarks>
public sealed class CoverageTimeline
{
    internal CoverageTimeline(CoverageResult before, ImmutableArray<CoveragePeriod> periods)
    {
        Before = before;
        Periods = periods;
    }

    /// <summary>
    /// The coverage before the first period: every member missing (or, when the first period starts on
    /// <see cref="LocalDate.MinIsoValue"/>, the same as that period).
    /// </summary>
    public CoverageResult Before { get; }

    /// <summary>The periods, in date order; empty when nothing is ever covered or uncertain.</summary>
    public ImmutableArray<CoveragePeriod> Periods { get; }

    /// <summary>The dates on which the coverage changed: the first day of each period.</summary>
    public IEnumerable<LocalDate> Changes => Periods.Select(period => period.From);

    /// <summary>The coverage on a date, read from the timeline (O(log periods)).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The coverage of the period that holds the date, or <see cref="Before"/>.</returns>
    public CoverageResult On(LocalDate date)
    {
        var low = 0;
        var high = Periods.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Periods[middle].From <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? Before : Periods[found].Coverage;
    }

    /// <summary>The periods as text, one a line: <c>2025-09-23..2025-09-24: 2 of 4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(
            Environment.NewLine,
            Periods.Select(period => FormattableString.Invariant($"{period.From:uuuu-MM-dd}..{(period.To is { } to ? to.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {period.Coverage}")));

    /// <summary>Builds the timeline from a coverage at each date on which some tie's status or kind changes.</summary>
    internal static CoverageTimeline From(CoverageResult before, IEnumerable<CoverageResult> atEachChange)
    {
        var periods = ImmutableArray.CreateBuilder<CoveragePeriod>();
        var current = before;
        var startsAtBeginning = before.Count > 0 || before.Uncertain.Length > 0;
        var from = startsAtBeginning ? (LocalDate?)before.Date : null;
        foreach (var next in atEachChange)
        {
            if (next.SaysTheSameAs(current))
            {
                continue;
            }

            if (from is { } start)
            {
                periods.Add(new CoveragePeriod(start, next.Date.PlusDays(-1), current));
            }

            current = next;
            from = next.Date;
        }

        if (from is { } last)
        {
            periods.Add(new CoveragePeriod(last, null, current));
        }

        return new CoverageTimeline(before, periods.ToImmutable());
    }
}
