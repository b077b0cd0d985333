using BenchmarkDotNet.Attributes;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// The first import of a list of the real shape in a fresh process, every load included, as BenchmarkDotNet times it:
/// each invocation starts this program afresh (<see cref="FirstImport"/>), so the time holds the runtime's start too.
/// The phases are <see cref="FirstImport"/>'s measuring program's (<c>--measure-first-import</c>).
/// </summary>
public class FirstImportInFreshProcess
{
    private string _path = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(100, 26_000);

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = FirstImport.WriteList(Rows);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int FirstImportWithEveryLoad() => FirstImport.Launch(_path, "plain").Count;
}
