using System.Globalization;

namespace Diplomacy.Core.Web.Load.Measuring;

/// <summary>How many requests of a kind were answered and how long they took: percentiles by the nearest rank.</summary>
internal sealed record LatencySummary(string Label, int Count, double P50, double P90, double P99, double Max)
{
    public static LatencySummary Of(string label, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new LatencySummary(label, 0, 0, 0, 0, 0)
            : new LatencySummary(label, sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>A row of the results table: requests, requests a second over <paramref name="seconds"/>, and the percentiles in ms.</summary>
    public string Row(double seconds) => string.Format(
        CultureInfo.InvariantCulture,
        "| {0} | {1:N0} | {2:N1} | {3:N1} | {4:N1} | {5:N1} | {6:N1} |",
        Label, Count, Count / seconds, P50, P90, P99, Max);

    public static string Header =>
        "| requests | count | per second | p50 ms | p90 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |";

    private static double Rank(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
