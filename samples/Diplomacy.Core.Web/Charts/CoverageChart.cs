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
/// counts, and a mark at the chosen date.
/// </summary>
/// <remarks>
/// The x axis runs from a week before the first change to a week after the last change or the chosen date, whichever
/// is later; a span open to the start of time (a tie known only by a bound) begins at the axis's left end.
/// </remarks>
internal static class CoverageChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 56;
    private const int MaxDateLabels = 8;

    public static string Svg(CoverageReport report, Texts texts)
    {
        var steps = report.OverTime;
        var changes = steps.Select(step => step.From).OfType<LocalDate>().ToList();
        var first = changes.Count > 0 ? LocalDate.Min(changes[0], report.Date) : report.Date;
        var last = changes.Count > 0 ? LocalDate.Max(changes[^1], report.Date) : report.Date;
        var start = first.PlusDays(-7);
        var end = last.PlusDays(7);
        var days = Period.Between(start, end, PeriodUnits.Days).Days;
        var total = Math.Max(report.Total, 1);

        double X(LocalDate date) => Left + ((Width - Left - Right) * (double)Period.Between(start, date, PeriodUnits.Days).Days / days);
        double Y(int count) => Top + ((Height - Top - Bottom) * (1 - ((double)count / total)));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"coverage-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"coverage-chart-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"coverage-chart-title\">{Encode(texts.ChartDescription(report.CohortLabel))}</title>");

        // The axes, with a tick for every count and for the dates the coverage changed.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Y(0):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(0):0.#}\" stroke=\"#444\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Y(0):0.#}\" stroke=\"#444\"/>");
        var countStep = Math.Max(1, (int)Math.Ceiling(total / 8.0));
        for (var count = 0; count <= report.Total; count += countStep)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left - 4}\" y1=\"{Y(count):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(count):0.#}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Y(count) + 4:0.#}\" text-anchor=\"end\" font-size=\"12\">{count}</text>");
        }

        var labelEvery = Math.Max(1, (int)Math.Ceiling(changes.Count / (double)MaxDateLabels));
        for (var i = 0; i < changes.Count; i += labelEvery)
        {
            var x = X(changes[i]);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Y(0):0.#}\" x2=\"{x:0.#}\" y2=\"{Y(0) + 5:0.#}\" stroke=\"#444\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"date-label\" x=\"{x:0.#}\" y=\"{Y(0) + 18:0.#}\" text-anchor=\"middle\" font-size=\"11\">{changes[i]:MM-dd}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 8}\" font-size=\"11\">{start:uuuu-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 8}\" text-anchor=\"end\" font-size=\"11\">{end:uuuu-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"12\">{Encode(texts.Date)}</text>");

        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"uncertain-line\" d=\"{StepPath(steps, start, end, X, Y, step => step.Covered + step.Uncertain)}\" fill=\"none\" stroke=\"#d08c00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"covered-line\" d=\"{StepPath(steps, start, end, X, Y, step => step.Covered)}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"3\"/>");

        var selected = X(report.Date);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"selected-date\" x1=\"{selected:0.#}\" y1=\"{Top}\" x2=\"{selected:0.#}\" y2=\"{Y(0):0.#}\" stroke=\"#b22\" stroke-dasharray=\"2 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{selected + 4:0.#}\" y=\"{Top + 12}\" font-size=\"12\" fill=\"#b22\">{Encode(report.Text)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string StepPath(
        IReadOnlyList<CoverageStep> steps, LocalDate start, LocalDate end, Func<LocalDate, double> x, Func<int, double> y, Func<CoverageStep, int> count)
    {
        var path = new StringBuilder();
        foreach (var step in steps)
        {
            var from = step.From is { } day && day > start ? day : start;
            // A span's last day is inside it, so its line reaches the start of the next day.
            var to = step.To is { } lastDay && lastDay.PlusDays(1) < end ? lastDay.PlusDays(1) : end;
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
