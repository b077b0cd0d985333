using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Core.Coverage;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>
/// The SQL anchor: one coverage question answered two ways on 100,000 ties a host keeps in SQLite
/// (<see cref="SqlAnchorDatabase"/>): the indexed SQL query a host developer would write against the storage's tables
/// (the baseline; prepared once, on an open read-only connection), and the register rebuilt from the same tables.
/// Each way gives the count, and the covered members themselves. The questions: the network's hub and a cohort of its
/// partners and theirs (<c>Hub</c>), and Gyeonggi and China's four direct-administered municipalities (<c>KR-41</c>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class SqlAnchorBenchmarks
{
    private SqlAnchorDatabase _database = null!;
    private SqlAnchorQuestion _question = null!;

    [Params(SqlAnchorDatabase.HubQuestion, SqlAnchorDatabase.GyeonggiQuestion)]
    public string Question { get; set; } = SqlAnchorDatabase.HubQuestion;

    [GlobalSetup]
    public void Setup()
    {
        _database = SqlAnchorDatabase.Instance;
        _question = _database.Questions[Question];
    }

    [Benchmark(Baseline = true)]
    public int Sql_CountCovered() => _database.Sql.CountCovered(_question.Home.Id.Value, _question.CohortKeys, SqlAnchorDatabase.Date);

    [Benchmark]
    public List<string> Sql_CoveredMembers() => _database.Sql.CoveredMembers(_question.Home.Id.Value, _question.CohortKeys, SqlAnchorDatabase.Date);

    [Benchmark]
    public CoverageCount CountCovered() => _database.Register.CountCovered(_question.Home, _question.Cohort, SqlAnchorDatabase.Date);

    [Benchmark]
    public CoverageResult Coverage() => _database.Register.Coverage(_question.Home, _question.Cohort, SqlAnchorDatabase.Date);
}
