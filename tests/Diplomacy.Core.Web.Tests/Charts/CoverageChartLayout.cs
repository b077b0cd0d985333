using Diplomacy.Core.Web.Charts;

namespace Diplomacy.Core.Web.Tests.Charts;

/// <summary>
/// The coverage chart's layout: its axis stops at the calendar's ends, and its date labels are chosen so that no two
/// overlap, whatever the dates.
/// </summary>
public sealed class CoverageChartLayout
{
    [Fact]
    public void The_axis_is_padded_by_a_week_but_never_beyond_the_calendars_ends()
    {
        CoverageChart.Shift(new LocalDate(2025, 9, 26), 7).Should().Be(new LocalDate(2025, 10, 3));
        CoverageChart.Shift(new LocalDate(2025, 9, 26), -7).Should().Be(new LocalDate(2025, 9, 19));
        CoverageChart.Shift(LocalDate.MaxIsoValue.PlusDays(-1), 7).Should().Be(LocalDate.MaxIsoValue);
        CoverageChart.Shift(LocalDate.MaxIsoValue.PlusDays(-7), 7).Should().Be(LocalDate.MaxIsoValue);
        CoverageChart.Shift(LocalDate.MinIsoValue.PlusDays(3), -7).Should().Be(LocalDate.MinIsoValue);
    }

    [Fact]
    public void Date_labels_are_at_least_a_label_apart_so_that_none_overlaps_the_one_before()
    {
        var first = new LocalDate(2025, 9, 1);
        var changes = Enumerable.Range(0, 60).Select(day => first.PlusDays(day)).ToList();

        // Ten units a day: a label every fifth day at most.
        var labels = CoverageChart.DateLabels(changes, date => 100 + (10 * Period.Between(first, date, PeriodUnits.Days).Days));

        labels.Should().NotBeEmpty();
        labels.Zip(labels.Skip(1)).Should().OnlyContain(pair => pair.Second.X - pair.First.X >= 46);
        labels[0].Date.Should().Be(first, "the first change is labelled");
    }

    [Fact]
    public void No_label_is_placed_where_it_would_be_cut_at_the_charts_edges()
    {
        var changes = new[] { new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 1), new LocalDate(2025, 12, 31) };
        var at = new Dictionary<LocalDate, double> { [changes[0]] = 50, [changes[1]] = 360, [changes[2]] = 700 };

        CoverageChart.DateLabels(changes, date => at[date]).Select(label => label.Date).Should().Equal(changes[1]);
    }
}
