using System.Globalization;
using System.Net;
using System.Text;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Charts;

/// <summary>
/// Draws a statistics table as horizontal bars in SVG written directly, for pages without script: a bar a row, the
/// longest for the row with most ties, each labelled with the group's name and its count, and a last, paler bar for the
/// ties that fall in no group when there are any.
/// </summary>
/// <remarks>
/// Bars are in the table's order (the most ties first), so the chart and the table read the same way. The view box is
/// as tall as the rows need, and scales to the page's width; colours are presentation attributes only (no inline
/// style), as the content security policy asks.
/// </remarks>
internal static class StatisticsChart
{
    private const int Width = 720;
    private const int LabelWidth = 220;
    private const int Right = 48;
    private const int Top = 8;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const string Bar = "#1f5fa8";
    private const string UnassignedBar = "#9ab";

    public static string Svg(StatisticsReport report, Texts texts)
    {
        var bars = report.Rows.Select(row => (Class: "bar", Label: row.Label, row.Count, Colour: Bar)).ToList();
        if (report.Unassigned > 0)
        {
            bars.Add(("bar unassigned", texts.NotKnownOrNone, report.Unassigned, UnassignedBar));
        }

        var height = Top + (Math.Max(bars.Count, 1) * RowHeight) + Top;
        var most = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(bar => bar.Count));
        var scale = (double)(Width - LabelWidth - Right) / most;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"statistics-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"statistics-chart-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"statistics-chart-title\">{Encode(texts.StatisticsChartDescription(texts.Grouping(report.Grouping)))}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (cssClass, label, count, colour) = bars[i];
            var y = Top + (i * RowHeight);
            var length = count * scale;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{cssClass}\" data-count=\"{count}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 14}\" text-anchor=\"end\" font-size=\"12\">{Encode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 14}\" font-size=\"12\">{count}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A label that fits the space left of the bars: a long name is cut, with an ellipsis, as the table beside the chart holds it whole.</summary>
    internal static string Shorten(string label) => label.Length <= 28 ? label : string.Concat(label.AsSpan(0, 27), "…");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
