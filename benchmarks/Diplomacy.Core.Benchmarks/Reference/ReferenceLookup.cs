using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Benchmarks.Reference;

/// <summary>
/// Finding a region of the reference catalog by code, former code and name, against the LINQ scan a user would
/// write over a list of every catalog region. The catalog and the regions asked for are loaded in the setup.
/// </summary>
[MemoryDiagnoser]
public class ReferenceLookup
{
    private List<Region> _list = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = new RegionDirectory();
        Catalog.AddAllTo(directory);
        _list = [.. directory.Regions];
        _ = Catalog.Region("KR-41");
        _ = Catalog.FindByName("경기도");
    }

    [Benchmark(Baseline = true)]
    public Region? LinqScanByCode() => _list.FirstOrDefault(region => string.Equals(region.Id.Value, "KR-41", StringComparison.OrdinalIgnoreCase));

    [Benchmark]
    public Region? ByCode() => Catalog.Find("KR-41");

    [Benchmark]
    public Region? ByFormerCode() => Catalog.Find("CN-31");

    [Benchmark]
    public Region? ByTypedCode() => Catalog.Find(SubdivisionCode.Parse("KR-41"));

    [Benchmark]
    public IReadOnlyList<Region> ByName() => Catalog.FindByName("경기도");

    [Benchmark]
    public List<Region> LinqScanByName() =>
        [.. _list.Where(region => region.Names.All.Any(name => string.Equals(name.Text, "경기도", StringComparison.OrdinalIgnoreCase)))];
}
