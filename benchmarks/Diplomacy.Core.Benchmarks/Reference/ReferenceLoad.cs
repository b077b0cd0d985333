using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Benchmarks.Reference;

/// <summary>
/// What the first question to the catalog costs: reading the embedded data and indexing its codes, and, for the
/// first question by name, indexing every name. Each run loads afresh.
/// </summary>
[MemoryDiagnoser]
public class ReferenceLoad
{
    private CatalogData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = CatalogData.Load();

    [Benchmark(Baseline = true)]
    public int LoadCodes() => CatalogData.Load().Count;

    [Benchmark]
    public int IndexNames() => new NameIndex(_data).Find("경기도").Count;
}
