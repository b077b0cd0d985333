using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>
/// A web host's start on 100,000 ties in SQLite (<see cref="SqlAnchorDatabase"/>): reading every stored fact
/// (<c>Load</c>, the baseline), and opening the host on the store and answering the first page's question
/// (<c>OpenAndServeTheFirstPage</c>: the read, the register's rebuild with every rule checked, and the coverage of
/// Gyeonggi and China's municipalities). The goal: the first page within 3 s of start.
/// </summary>
[MemoryDiagnoser]
public class StartFromTheStoreBenchmarks
{
    private DatabaseRegisterStore _store = null!;
    private SqlAnchorQuestion _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        var database = SqlAnchorDatabase.Instance;
        _store = DatabaseRegisterStore.Sqlite(database.FilePath);
        _question = database.Questions[SqlAnchorDatabase.GyeonggiQuestion];
    }

    [Benchmark(Baseline = true)]
    public RegisterFacts Load() => _store.Load();

    [Benchmark]
    public CoverageCount OpenAndServeTheFirstPage()
    {
        using var host = RegisterHost.Open(_store);
        return host.Read(register => register.CountCovered(register.Directory.Resolve(_question.Home.Id.Value)!, _question.Cohort, SqlAnchorDatabase.Date));
    }
}
