using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Benchmarks.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Benchmarks.Portfolio;

/// <summary>
/// Loading a directory from prepared regions (made beforehand, parents first; the regions of the coverage benchmarks'
/// scaled network): added one by one with <see cref="RegionDirectory.Add"/> against one <see cref="RegionDirectory.AddRange"/>
/// and one <see cref="RegionDirectory.TryAddRange"/> that keeps what passes. Each iteration starts from an empty directory.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RegionBulkLoadBenchmarks
{
    private List<Region> _regions = [];
    private RegionDirectory _directory = null!;

    [Params(100_000)]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup() => _regions = [.. CoverageRegisters.Regions(Agreements).Directory.Regions];

    [IterationSetup]
    public void Fresh() => _directory = new RegionDirectory();

    [Benchmark(Baseline = true)]
    public int OneByOne()
    {
        foreach (var region in _regions)
        {
            _directory.Add(region);
        }

        return _directory.Count;
    }

    [Benchmark]
    public int AddRange()
    {
        _directory.AddRange(_regions);
        return _directory.Count;
    }

    [Benchmark]
    public int AddAccepted() => _directory.TryAddRange(_regions, BatchMode.AddAccepted).Added.Count;
}
