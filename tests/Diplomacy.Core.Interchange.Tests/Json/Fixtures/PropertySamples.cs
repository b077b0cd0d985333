using System.Globalization;

namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>How many samples a property test draws: all of them, or the percentage DIPLOMACY_PROPERTY_SAMPLE_PERCENT asks (mutation runs).</summary>
public static class PropertySamples
{
    private const string PercentVariable = "DIPLOMACY_PROPERTY_SAMPLE_PERCENT";

    public static long Of(int full)
    {
        var text = Environment.GetEnvironmentVariable(PercentVariable);
        var percent = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given is > 0 and <= 100 ? given : 100;
        return Math.Max(10, full * percent / 100);
    }
}
