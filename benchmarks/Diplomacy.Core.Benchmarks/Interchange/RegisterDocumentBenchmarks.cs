using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Benchmarks.Interchange;

/// <summary>
/// Writing and reading a register document against the floor of parsing the same document into plain records. Loading
/// rebuilds every agreement through the core's checks and files it in the register's indexes; the floor does neither.
/// </summary>
[MemoryDiagnoser]
public class RegisterDocumentBenchmarks
{
    private Register _register = null!;
    private byte[] _document = [];

    [ParamsSource(nameof(Sizes))]
    public int Agreements { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000, 1_000, 100_000);

    [GlobalSetup]
    public void Setup()
    {
        _register = SyntheticRegisters.Build(Agreements);
        using var buffer = new MemoryStream();
        RegisterDocument.Write(_register, buffer);
        _document = buffer.ToArray();
    }

    [Benchmark(Baseline = true)]
    public PlainRegister PlainParse()
    {
        using var stream = new MemoryStream(_document, writable: false);
        return JsonSerializer.Deserialize(stream, PlainRecordsContext.Default.PlainRegister)!;
    }

    [Benchmark]
    public Register Read()
    {
        using var stream = new MemoryStream(_document, writable: false);
        return RegisterDocument.Read(stream);
    }

    [Benchmark]
    public void Write() => RegisterDocument.Write(_register, Stream.Null);
}
