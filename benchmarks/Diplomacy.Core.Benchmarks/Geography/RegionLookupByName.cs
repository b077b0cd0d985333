using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Benchmarks.Data;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Benchmarks.Geography;

/// <summary>
/// Finding the places that have a name, in a directory of N places, against the LINQ scan a user would write
/// over a list (every name, ignoring case). The place asked for sits in the middle of the list.
/// </summary>
[MemoryDiagnoser]
public class RegionLookupByName
{
    private List<Region> _list = null!;
    private RegionDirectory _directory = null!;
    private string _wanted = null!;
    private string _wantedUpperCase = null!;

    [ParamsSource(nameof(Sizes))]
    public int Places { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(10, 10, TwinningData.PlaceCount);

    [GlobalSetup]
    public void Setup()
    {
        var regions = TwinningData.Load().Regions(Places);
        _list = [.. regions];
        _directory = new RegionDirectory();
        _directory.AddRange(regions);
        _wanted = regions[regions.Count / 2].Name;
        _wantedUpperCase = _wanted.ToUpperInvariant();
    }

    [Benchmark(Baseline = true)]
    public List<Region> LinqScan() =>
        _list.Where(region => region.Names.All.Any(name => string.Equals(name.Text, _wanted, StringComparison.OrdinalIgnoreCase))).ToList();

    [Benchmark]
    public IReadOnlyList<Region> FindByName() => _directory.FindByName(_wanted);

    [Benchmark]
    public IReadOnlyList<Region> FindByNameInAnotherCase() => _directory.FindByName(_wantedUpperCase);
}
