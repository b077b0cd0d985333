using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Benchmarks.Coverage;

/// <summary>
/// Coverage of a 4-member and a 47-member cohort by one home region on a date, in registers of 1,000 to 1,000,000
/// agreements: the register's indexed query (full result, and count only) against the LINQ scan over every
/// agreement that a user would write first.
/// </summary>
[MemoryDiagnoser]
[GcForce(false)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class CoverageOnDateBenchmarks
{
    private CoverageScenario _scenario = null!;

    [ParamsSource(nameof(Sizes))]
    public int Agreements { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000, 1_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup() => _scenario = CoverageRegisters.Get(Agreements);

    [Benchmark(Baseline = true), BenchmarkCategory("4 members")]
    public int Linq_4() => Scan(_scenario.Four);

    [Benchmark, BenchmarkCategory("4 members")]
    public CoverageResult Coverage_4() => _scenario.Register.Coverage(_scenario.Home, _scenario.Four, CoverageRegisters.Date);

    [Benchmark, BenchmarkCategory("4 members")]
    public CoverageCount CountCovered_4() => _scenario.Register.CountCovered(_scenario.Home, _scenario.Four, CoverageRegisters.Date);

    [Benchmark(Baseline = true), BenchmarkCategory("47 members")]
    public int Linq_47() => Scan(_scenario.FortySeven);

    [Benchmark, BenchmarkCategory("47 members")]
    public CoverageResult Coverage_47() => _scenario.Register.Coverage(_scenario.Home, _scenario.FortySeven, CoverageRegisters.Date);

    [Benchmark, BenchmarkCategory("47 members")]
    public CoverageCount CountCovered_47() => _scenario.Register.CountCovered(_scenario.Home, _scenario.FortySeven, CoverageRegisters.Date);

    /// <summary>The first thing a user writes: every agreement of the home in force that day, its other parties matched to the cohort.</summary>
    private int Scan(Cohort cohort) => CountWithLinq(_scenario.Agreements, _scenario.Home, cohort, CoverageRegisters.Date);

    internal static int CountWithLinq(List<Agreement> agreements, Region home, Cohort cohort, NodaTime.LocalDate date) =>
        agreements
            .Where(agreement => agreement.HasParty(home) && agreement.StatusOn(date) == AgreementStatus.InForce)
            .SelectMany(agreement => agreement.Parties.Where(party => !party.Region.Equals(home)))
            .Select(party => cohort.MemberFor(party.Region))
            .Where(member => member is not null)
            .Distinct()
            .Count();
}
