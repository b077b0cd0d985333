using System.Globalization;
using System.Net;
using System.Text;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;
using NodaTime;

namespace Diplomacy.Core.Web.Charts;

/// <summary>
/// Draws a coverage over time as SVG written directly, for pages without script: a step line of the members covered
/// date by date, a dashed one of those covered or uncertain, the axes with the dates the coverage changed and the
/// counts, a mark at the chosen date, and a legend naming the three lines.
/// </summary>
/// <remarks>
/// <para>
/// The x axis runs from a week before the first change to a week after the last change or the chosen date, whichever
/// is later, but never beyond the ISO calendar's first or last day; a span open to the start of time (a tie known only
/// by a bound) begins at the axis's left end.
/// </para>
/// <para>
/// The chart is drawn in a fixed view box that the page scales to its width, so a date label is as wide, relative to
/// the axis, on a phone as on a desktop: labels are chosen left to right, each at least <see cref="DateLabelGap"/>
/// from the one before, and never overlap. The count at the chosen date is written to the left of its mark in the
/// right half of the chart, so that it is never cut at the right edge. Colours are presentation attributes and
/// classes only: no inline style, so the page needs no <c>unsafe-inline</c> in its content security policy.
/// </para>
/// </remarks>
internal static class CoverageChart
{
    private const int Width = 720;
    private const int Height = 290;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 86;
    private const int Padding = 7;

    /// <summary>The least distance between two date labels' centres: a <c>MM-dd</c> label at font size 11 is about 34 wide.</summary>
    private const int DateLabelGap = 46;

    private const string Covered = "#1f5fa8";
    private const string Uncertain = "#d08c00";
    private const string Chosen = "#b22";

    public static string Svg(CoverageReport report, Texts texts)
    {
        var steps = report.OverTime;
        var changes = steps.Select(step => step.From).OfType<LocalDate>().ToList();
        var first = changes.Count > 0 ? LocalDate.Min(changes[0], report.Date) : report.Date;
        var last = changes.Count > 0 ? LocalDate.Max(changes[^1], report.Date) : report.Date;
        var start = Shift(first, -Padding);
        var end = Shift(last, Padding);
        var days = Period.Between(start, end, PeriodUnits.Days).Days;
        var total = Math.Max(report.Total, 1);
        var axis = Height - Bottom;

        double X(LocalDate date) => Left + ((Width - Left - Right) * (double)Period.Between(start, date, PeriodUnits.Days).Days / days);
        double Y(int count) => Top + ((axis - Top) * (1 - ((double)count / total)));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"coverage-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"coverage-chart-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"coverage-chart-title\">{Encode(texts.ChartDescription(report.CohortLabel))}</title>");

        // The axes, with a tick for every count and for the dates the coverage changed.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{axis}\" x2=\"{Width - Right}\" y2=\"{axis}\" stroke=\"#444\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{axis}\" stroke=\"#444\"/>");
        var countStep = Math.Max(1, (int)Math.Ceiling(total / 8.0));
        for (var count = 0; count <= report.Total; count += countStep)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left - 4}\" y1=\"{Y(count):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(count):0.#}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Y(count) + 4:0.#}\" text-anchor=\"end\" font-size=\"12\">{count}</text>");
        }

        foreach (var (date, x) in DateLabels(changes, X))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{axis}\" x2=\"{x:0.#}\" y2=\"{axis + 5}\" stroke=\"#444\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"date-label\" x=\"{x:0.#}\" y=\"{axis + 18}\" text-anchor=\"middle\" font-size=\"11\">{date:MM-dd}</text>");
        }

        var rangeRow = axis + 40;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-start\" x=\"{Left}\" y=\"{rangeRow}\" font-size=\"11\">{start:uuuu-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-end\" x=\"{Width - Right}\" y=\"{rangeRow}\" text-anchor=\"end\" font-size=\"11\">{end:uuuu-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{rangeRow}\" text-anchor=\"middle\" font-size=\"12\">{Encode(texts.Date)}</text>");

        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"uncertain-line\" d=\"{StepPath(steps, start, end, X, Y, step => step.Covered + step.Uncertain)}\" fill=\"none\" stroke=\"{Uncertain}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"covered-line\" d=\"{StepPath(steps, start, end, X, Y, step => step.Covered)}\" fill=\"none\" stroke=\"{Covered}\" stroke-width=\"3\"/>");

        var selected = X(report.Date);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"selected-date\" x1=\"{selected:0.#}\" y1=\"{Top}\" x2=\"{selected:0.#}\" y2=\"{axis}\" stroke=\"{Chosen}\" stroke-dasharray=\"2 3\"/>");
        var inRightHalf = selected > (Left + Width - Right) / 2.0;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"selected-count\" x=\"{(inRightHalf ? selected - 4 : selected + 4):0.#}\" y=\"{Top + 12}\" text-anchor=\"{(inRightHalf ? "end" : "start")}\" font-size=\"12\" fill=\"{Chosen}\">{Encode(report.Text)}</text>");

        Legend(svg, texts, Height - 10);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The dates to label, left to right: the first change, then each change at least <see cref="DateLabelGap"/> from
    /// the last one labelled and from the axis's right end, so that no two labels overlap and none is cut.
    /// </summary>
    internal static IReadOnlyList<(LocalDate Date, double X)> DateLabels(IReadOnlyList<LocalDate> changes, Func<LocalDate, double> x)
    {
        var labels = new List<(LocalDate, double)>();
        var lastX = double.NegativeInfinity;
        foreach (var change in changes)
        {
            var at = x(change);
            if (at - lastX >= DateLabelGap && at >= Left + (DateLabelGap / 2.0) && at <= Width - Right - (DateLabelGap / 2.0))
            {
                labels.Add((change, at));
                lastX = at;
            }
        }

        return labels;
    }

    /// <summary>A date some days on (or back), stopped at the calendar's ends rather than overflowing them.</summary>
    internal static LocalDate Shift(LocalDate date, int days) =>
        days >= 0
            ? Period.Between(date, LocalDate.MaxIsoValue, PeriodUnits.Days).Days <= days ? LocalDate.MaxIsoValue : date.PlusDays(days)
            : Period.Between(LocalDate.MinIsoValue, date, PeriodUnits.Days).Days <= -days ? LocalDate.MinIsoValue : date.PlusDays(days);

    private static void Legend(StringBuilder svg, Texts texts, int y)
    {
        var items = new[]
        {
            (Class: "legend-covered", Colour: Covered, Width: 3, Dashes: string.Empty, Text: texts.ChartCoveredLine),
            (Class: "legend-uncertain", Colour: Uncertain, Width: 2, Dashes: " stroke-dasharray=\"6 4\"", Text: texts.ChartUncertainLine),
            (Class: "legend-selected", Colour: Chosen, Width: 1, Dashes: " stroke-dasharray=\"2 3\"", Text: texts.ChartChosenDate),
        };
        svg.Append("<g class=\"legend\">");
        var column = (Width - Left - Right) / items.Length;
        for (var i = 0; i < items.Length; i++)
        {
            var x = Left + (i * column);
            var item = items[i];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{item.Class}\"><line x1=\"{x}\" y1=\"{y - 4}\" x2=\"{x + 24}\" y2=\"{y - 4}\" stroke=\"{item.Colour}\" stroke-width=\"{item.Width}\"{item.Dashes}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 30}\" y=\"{y}\" font-size=\"12\">{Encode(item.Text)}</text></g>");
        }

        svg.Append("</g>");
    }

    private static string StepPath(
        IReadOnlyList<CoverageStep> steps, LocalDate start, LocalDate end, Func<LocalDate, double> x, Func<int, double> y, Func<CoverageStep, int> count)
    {
        var path = new StringBuilder();
        foreach (var step in steps)
        {
            var from = step.From is { } day && day > start ? day : start;
            // A span's last day is inside it, so its line reaches the start of the next day; a day before the axis's
            // end always has a next day, even at the calendar's end.
            var to = step.To is { } lastDay && lastDay < end ? lastDay.PlusDays(1) : end;
            if (to < from)
            {
                continue;
            }

            if (path.Length == 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"M{x(from):0.#},{y(count(step)):0.#}");
            }
            else
            {
                path.Append(CultureInfo.InvariantCulture, $" V{y(count(step)):0.#}");
            }

            path.Append(CultureInfo.InvariantCulture, $" H{x(to):0.#}");
        }

        return path.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
