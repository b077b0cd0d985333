using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Coverage;
using Diplomacy.Core.Statistics;

namespace Diplomacy.Core.Benchmarks.Statistics;

/// <summary>
/// A home region's statistics on a date (Gyeonggi's 60 ties, every table) in registers of 100,000 and 1,000,000
/// agreements, against the LINQ group-by over every agreement a user would write for two of the tables.
/// </summary>
[MemoryDiagnoser]
[GcForce(false)]
public class StatisticsOnDateBenchmarks
{
    private CoverageScenario _scenario = null!;

    [ParamsSource(nameof(Sizes))]
    public int Agreements { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup() => _scenario = CoverageRegisters.Get(Agreements);

    /// <summary>What a user writes first: every agreement of the home in force that day, grouped by partner country and by kind.</summary>
    [Benchmark(Baseline = true)]
    public int LinqGroupBy()
    {
        var home = _scenario.Home;
        var date = CoverageRegisters.Date;
        var inForce = _scenario.Agreements
            .Where(agreement => agreement.HasParty(home) && agreement.StatusOn(date) == AgreementStatus.InForce)
            .SelectMany(agreement => agreement.Parties.Where(party => !party.Region.Equals(home)).Select(party => (agreement, party.Region)))
            .ToList();
        var byCountry = inForce.GroupBy(tie => tie.Region.Country?.Id.Value ?? string.Empty).ToDictionary(group => group.Key, group => group.Count());
        var byKind = inForce.GroupBy(tie => tie.agreement.KindOn(date)).ToDictionary(group => group.Key?.ToString() ?? string.Empty, group => group.Count());
        return byCountry.Count + byKind.Count;
    }

    /// <summary>The register's statistics: every table, from the home's own ties only.</summary>
    [Benchmark]
    public TieStatistics StatisticsOn() => _scenario.Register.StatisticsOn(_scenario.Home, CoverageRegisters.Date);
}
