using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Benchmarks.Data;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Benchmarks.Geography;

/// <summary>
/// Finding a place by its Wikidata id, typed or as text, in a directory of N places, against the LINQ scan a
/// user would write over a list. The place asked for sits in the middle of the list: a scan's average case.
/// </summary>
[MemoryDiagnoser]
public class RegionLookupByCode
{
    private List<Region> _list = null!;
    private RegionDirectory _directory = null!;
    private WikidataId _wanted;
    private string _wantedText = null!;

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
        var wanted = regions[regions.Count / 2];
        _wanted = wanted.WikidataId!.Value;
        _wantedText = wanted.Id.Value;
    }

    [Benchmark(Baseline = true)]
    public Region? LinqScan() => _list.FirstOrDefault(region => region.WikidataId == _wanted);

    [Benchmark]
    public Region? FindByWikidataId() => _directory.Find(_wanted);

    [Benchmark]
    public Region? ResolveText() => _directory.Resolve(_wantedText);
}
