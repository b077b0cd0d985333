using System.Globalization;

namespace Diplomacy.Core.Web.Load.Measuring;

/// <summary>What the figures were taken on: the processor, its cores, the date and the load others put on it.</summary>
internal static class Machine
{
    public static string Description()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{model ?? "unknown processor"}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>The system's load averages over 1, 5 and 15 minutes, as <c>/proc/loadavg</c> says them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown (no /proc/loadavg)";
}
