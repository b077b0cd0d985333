namespace Diplomacy.Core.Benchmarks;

/// <summary>
/// The sizes a benchmark runs at. CI's smoke run (the dry job with <c>DIPLOMACY_BENCHMARK_SMOKE=1</c>) checks that every
/// benchmark still runs, not how fast, and building a million agreements would be most of its time: it takes the small
/// size alone. A measuring run takes the measured sizes, the ones benchmarks/README.md records.
/// </summary>
internal static class BenchmarkSizes
{
    public const string SmokeVariable = "DIPLOMACY_BENCHMARK_SMOKE";

    public static IEnumerable<int> Of(int smoke, params int[] measured) =>
        Environment.GetEnvironmentVariable(SmokeVariable) == "1" ? [smoke] : measured;
}
