using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Delegations;

/// <summary>
/// The log's itinerary and commitment queries on a register of 10,000 delegations, each against the LINQ scan over
/// a list of delegations that a user would write without the log.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DelegationLogQueryBenchmarks
{
    private List<Delegation> _delegations = [];
    private DelegationLog _log = new();
    private Region _partner = SyntheticDelegations.Partners[0];
    private readonly DateInterval _period = new(new LocalDate(2010, 1, 1), new LocalDate(2019, 12, 31));
    private readonly LocalDate _today = new(2025, 11, 25);

    [ParamsSource(nameof(Sizes))]
    public int Delegations { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(500, 10_000);

    [GlobalSetup]
    public void Setup()
    {
        _delegations = SyntheticDelegations.Create(Delegations);
        _log = new DelegationLog();
        foreach (var delegation in _delegations)
        {
            _log.Record(delegation);
        }

        _partner = SyntheticDelegations.Partners[17];

        // Build the log's lazy commitment index outside the measured calls, as a long-lived register would have.
        _log.CommitmentsOverdueOn(_today);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ExchangesWith")]
    public List<Delegation> ExchangesWith_Linq() =>
        [.. _delegations.Where(delegation => delegation.Direction == DelegationDirection.Outbound
            ? delegation.Stops.Any(stop => stop.Place.IsWithin(_partner) && stop.Arrival.Date <= _period.End && _period.Start <= stop.Departure.Date)
            : delegation.Origin!.IsWithin(_partner) && delegation.Start.Date <= _period.End && _period.Start <= delegation.End.Date)];

    [Benchmark, BenchmarkCategory("ExchangesWith")]
    public IReadOnlyList<Delegation> ExchangesWith_Log() => _log.ExchangesWith(_partner, _period);

    [Benchmark(Baseline = true), BenchmarkCategory("LastExchangeWith")]
    public LocalDate? LastExchangeWith_Linq() =>
        _delegations.SelectMany(delegation => delegation.Direction == DelegationDirection.Outbound
                ? delegation.Stops.Where(stop => stop.Place.IsWithin(_partner)).Select(stop => (First: stop.Arrival.Date, Last: stop.Departure.Date))
                : delegation.Origin!.IsWithin(_partner) ? [(First: delegation.Start.Date, Last: delegation.End.Date)] : [])
            .Where(days => days.First <= _today)
            .Select(days => (LocalDate?)(days.Last < _today ? days.Last : _today))
            .Max();

    [Benchmark, BenchmarkCategory("LastExchangeWith")]
    public LocalDate? LastExchangeWith_Log() => _log.LastExchangeWith(_partner, _today);

    [Benchmark(Baseline = true), BenchmarkCategory("VisitsWith")]
    public (int Outbound, int Inbound) VisitsWith_Linq()
    {
        var visits = ExchangesWith_Linq();
        var outbound = visits.Count(delegation => delegation.Direction == DelegationDirection.Outbound);
        return (outbound, visits.Count - outbound);
    }

    [Benchmark, BenchmarkCategory("VisitsWith")]
    public PartnerVisits VisitsWith_Log() => _log.VisitsWith(_partner, _period);

    [Benchmark(Baseline = true), BenchmarkCategory("CommitmentsOverdueOn")]
    public List<Commitment> CommitmentsOverdueOn_Linq() =>
        [.. _delegations.SelectMany(delegation => delegation.Commitments).Where(commitment => commitment.IsOverdueOn(_today))];

    [Benchmark, BenchmarkCategory("CommitmentsOverdueOn")]
    public IReadOnlyList<Commitment> CommitmentsOverdueOn_Log() => _log.CommitmentsOverdueOn(_today);
}
