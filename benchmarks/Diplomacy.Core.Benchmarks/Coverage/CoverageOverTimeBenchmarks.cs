using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Coverage;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Coverage;

/// <summary>
/// Coverage over time of Japan's 47 prefectures by one home region, in registers of 1,000 to 1,000,000 agreements:
/// the register's timeline against what a user writes first: one LINQ scan for the home's agreements, then the days
/// one of them changed, and a LINQ coverage over the home's agreements on each of those days.
/// </summary>
[MemoryDiagnoser]
[GcForce(false)]
public class CoverageOverTimeBenchmarks
{
    private CoverageScenario _scenario = null!;

    [ParamsSource(nameof(Sizes))]
    public int Agreements { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000, 1_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup() => _scenario = CoverageRegisters.Get(Agreements);

    [Benchmark(Baseline = true)]
    public List<(LocalDate From, int Covered)> Linq()
    {
        var (home, cohort) = (_scenario.Home, _scenario.FortySeven);
        var mine = _scenario.Agreements.Where(agreement => agreement.HasParty(home)).ToList();
        var days = mine
            .SelectMany(agreement => agreement.StatusTimeline.Select(span => span.From))
            .Where(day => day > LocalDate.MinIsoValue)
            .Distinct()
            .Order();
        var changes = new List<(LocalDate From, int Covered)>();
        foreach (var day in days)
        {
            var covered = CoverageOnDateBenchmarks.CountWithLinq(mine, home, cohort, day);
            if (changes.Count == 0 || changes[^1].Covered != covered)
            {
                changes.Add((day, covered));
            }
        }

        return changes;
    }

    [Benchmark]
    public CoverageTimeline Timeline() => _scenario.Register.CoverageOverTime(_scenario.Home, _scenario.FortySeven);
}
