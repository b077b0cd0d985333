using System.Text;
using Diplomacy.Core.Web.Charts;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages;

/// <summary>A home region's statistics on a date, one table at a time, as a table, a bar chart and a CSV download of the same table.</summary>
public sealed class StatisticsModel(RegisterQueries queries) : RegisterPageModel
{
    public StatisticsReport Report { get; private set; } = null!;

    public Chooser Regions { get; private set; } = Chooser.Search;

    /// <summary>The chart, as SVG markup this host wrote (every text in it encoded).</summary>
    public string Chart { get; private set; } = string.Empty;

    public void OnGet(string? home, string? date, string? by)
    {
        Report = Reading(() => queries.Statistics(home, date, by, T), () => queries.Statistics(null, null, null, T));
        Regions = queries.RegionChooser(T);
        Chart = StatisticsChart.Svg(Report, T);
    }

    /// <summary>
    /// The table shown, as the Sheets package writes it in CSV (RFC 4180, UTF-8 with a byte order mark so that a spreadsheet reads
    /// Korean labels right). Input that cannot be read is a 400, never another table than the one asked for.
    /// </summary>
    public IActionResult OnGetCsv(string? home, string? date, string? by)
    {
        StatisticsReport report;
        try
        {
            report = queries.Statistics(home, date, by, T);
        }
        catch (BadInputException e)
        {
            return BadRequest(e.Message);
        }

        var name = $"statistics-{report.Home.Id}-{report.Date.ToString("uuuu-MM-dd", null)}-{report.Grouping}.csv";
        var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report.Csv)).ToArray();
        return File(content, "text/csv; charset=utf-8", name);
    }
}
