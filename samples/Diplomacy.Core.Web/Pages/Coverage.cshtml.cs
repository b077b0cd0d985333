using Diplomacy.Core.Web.Charts;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Pages;

/// <summary>How far a home region's ties cover a cohort on a date, member by member, with the coverage over time as a chart.</summary>
public sealed class CoverageModel(RegisterQueries queries) : RegisterPageModel
{
    public CoverageReport Report { get; private set; } = null!;

    public Chooser Regions { get; private set; } = Chooser.Search;

    /// <summary>The chart, as SVG markup this host wrote (every text in it encoded).</summary>
    public string Chart { get; private set; } = string.Empty;

    public void OnGet(string? home, string? cohort, string? date)
    {
        Report = Reading(() => queries.Coverage(home, cohort, date, T), () => queries.Coverage(null, null, null, T));
        Regions = queries.RegionChooser(T);
        Chart = CoverageChart.Svg(Report, T);
    }
}
