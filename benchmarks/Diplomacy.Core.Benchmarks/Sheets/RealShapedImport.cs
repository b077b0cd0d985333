using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// Warm imports of register sheets of city pairs with the shape of real lists (<see cref="CityPairList"/>), placed through
/// the gazetteer as a real list is (<c>Places = Gazetteer.Resolver</c>), into an empty register each time: ten rows (goal:
/// under 1 ms; a city's own list), 26,000 and 260,000 rows (goal: at least 100,000 rows a second). The catalog, the gazetteer and
/// their name indexes are loaded, and the import's code compiled, before the measured calls; the first import in a
/// fresh process is <see cref="FirstImport"/>'s.
/// </summary>
[MemoryDiagnoser]
public class RealShapedImport
{
    private static readonly SheetImportOptions Options = new() { Places = Gazetteer.Resolver };

    private string _sheet = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(10, 10, 26_000, 260_000);

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sheet = CityPairList.Generate(Rows, ListShape.Current);
        Console.WriteLine($"// {Rows} rows: {Import()}");
    }

    [Benchmark]
    public ImportReport Import() => RegisterSheet.Import(Register.Open(), new StringReader(_sheet), Options);
}
