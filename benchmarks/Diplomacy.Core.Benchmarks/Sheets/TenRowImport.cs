using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>A list of ten city pairs of the same shape, imported warm (goal: under 1 ms).</summary>
[MemoryDiagnoser]
public class TenRowImport
{
    private static readonly SheetImportOptions Options = new() { Places = Gazetteer.Resolver };

    private string _sheet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sheet = CityPairList.Generate(10, ListShape.Current);
        Console.WriteLine($"// 10 rows: {Import()}");
    }

    [Benchmark]
    public ImportReport Import() => RegisterSheet.Import(Register.Open(), new StringReader(_sheet), Options);
}
