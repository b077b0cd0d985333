using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Benchmarks.Portfolio;

/// <summary>
/// Loading a register from prepared data (regions made, agreements signed; the coverage benchmarks' scaled network):
/// its agreements added one by one with <see cref="Register.AddDistinct"/> against one <see cref="Register.AddRange"/> and one
/// <see cref="Register.TryAddRange"/> that keeps what passes.
/// Each iteration starts from a fresh register that holds the regions already.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BulkLoadBenchmarks
{
    private IReadOnlyList<Region> _regions = [];
    private List<Agreement> _agreements = [];
    private Register _register = null!;

    [Params(100_000)]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var prepared = CoverageRegisters.Regions(Agreements);
        _regions = prepared.Directory.Regions;
        _agreements = CoverageRegisters.Sign(prepared, Agreements);
    }

    [IterationSetup]
    public void Fresh()
    {
        _register = Register.Open();
        _register.AddRegions(_regions);
    }

    [Benchmark(Baseline = true)]
    public int OneByOne()
    {
        foreach (var agreement in _agreements)
        {
            _register.AddDistinct(agreement);
        }

        return _register.Agreements.Count;
    }

    [Benchmark]
    public int AddRange()
    {
        _register.AddRange(_agreements, distinct: true);
        return _register.Agreements.Count;
    }

    [Benchmark]
    public int AddAccepted() => _register.TryAddRange(_agreements, distinct: true, mode: BatchMode.AddAccepted).Added.Count;
}
