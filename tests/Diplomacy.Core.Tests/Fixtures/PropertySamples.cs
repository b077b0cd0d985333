using System.Globalization;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// How many random samples a property test draws. Every run draws the full number, except where the
/// environment variable <c>DIPLOMACY_PROPERTY_SAMPLE_PERCENT</c> asks for a share of it: the mutation tests set
/// it, because Stryker re-runs each property test for every mutant it covers, and a mutant is killed by the
/// first failing sample, so a smaller share finds the same mutants for a fraction of the time.
/// </summary>
public static class PropertySamples
{
    private const string PercentVariable = "DIPLOMACY_PROPERTY_SAMPLE_PERCENT";
    private const int Fewest = 20;

    private static readonly int Percent = ReadPercent();

    /// <summary>The samples to draw: <paramref name="full"/>, or the configured share of it (never fewer than 20).</summary>
    public static int Of(int full) =>
        Percent >= 100 ? full : Math.Min(full, Math.Max(Fewest, full * Percent / 100));

    private static int ReadPercent()
    {
        var text = Environment.GetEnvironmentVariable(PercentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 100;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
            ? percent
            : throw new InvalidOperationException($"{PercentVariable} must be a whole number from 1 to 100; it is '{text}'.");
    }
}
