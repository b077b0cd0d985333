using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Benchmarks.Coverage;

namespace Diplomacy.Core.Benchmarks.Portfolio;

/// <summary>
/// Reader scaling: a fixed batch of coverage counts of the two cohorts on the 100,000-agreement coverage register,
/// answered by one thread or split over two. With two free cores, two threads finish in about half the time: twice the
/// questions a second. The counts allocate nothing, so that no garbage collection, which stops every thread, is timed.
/// </summary>
[MemoryDiagnoser]
public class ManyReadersBenchmarks
{
    private const int Questions = 20_000;

    private CoverageScenario _scenario = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = CoverageRegisters.Get(100_000);

    [Benchmark]
    public int Answer()
    {
        var covered = new int[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var question = thread; question < Questions; question += Threads)
            {
                covered[thread] += Ask(question);
            }
        });

        return covered.Sum();
    }

    private int Ask(int question)
    {
        var register = _scenario.Register;
        var cohort = question % 2 == 0 ? _scenario.Four : _scenario.FortySeven;
        return register.CountCovered(_scenario.Home, cohort, CoverageRegisters.Date).Covered;
    }
}
