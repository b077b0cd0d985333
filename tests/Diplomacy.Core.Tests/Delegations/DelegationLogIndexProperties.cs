using CsCheck;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>The log's indexed answers are the answers of a plain scan over every delegation, for any register.</summary>
public sealed class DelegationLogIndexProperties
{
    private static readonly Region[] Places = [Seed.Shanghai, Pudong, Seed.Chongqing, Seed.Tianjin, Seed.Beijing, Seoul];
    private static readonly Region[] Partners = [Seed.Shanghai, Pudong, Seed.Chongqing, Seed.Beijing, Seed.China, Seoul, Seed.Korea];

    private static readonly Gen<(int Place, int GapHours, int Hours)> GenStop = Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[0, 24], Gen.Int[1, 48]);

    private static readonly Gen<(int Due, int DueMonth, int Settled, int SettledDay)> GenCommitment =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 12], Gen.Int[0, 2], Gen.Int[0, 400]);

    private static readonly Gen<(bool Inbound, int StartDay, (int Place, int GapHours, int Hours)[] Stops, (int Due, int DueMonth, int Settled, int SettledDay)[] Commitments)> GenDelegation =
        Gen.Select(Gen.Bool, Gen.Int[0, 364], GenStop.Array[0, 4], GenCommitment.Array[0, 3]);

    private static readonly Gen<(int From, int Length, int Partner)> GenQuestion = Gen.Select(Gen.Int[0, 400], Gen.Int[0, 60], Gen.Int[0, Partners.Length - 1]);

    [Fact]
    public void The_indexed_partner_answers_equal_a_scan_of_every_delegation()
    {
        Gen.Select(GenDelegation.Array[1, 25], GenQuestion).Sample((specs, question) =>
        {
            var (log, all) = Build(specs);
            var partner = Partners[question.Partner];
            var period = new DateInterval(Day(question.From), Day(question.From + question.Length));

            var scanned = all.Where(delegation => Exchanges(delegation).Any(exchange => exchange.Partner.IsWithin(partner) && exchange.Days.Start <= period.End && period.Start <= exchange.Days.End));
            log.ExchangesWith(partner, period).Should().BeEquivalentTo(scanned);

            var last = all.SelectMany(Exchanges)
                .Where(exchange => exchange.Partner.IsWithin(partner) && exchange.Days.Start <= period.Start)
                .Select(exchange => exchange.Days.End < period.Start ? exchange.Days.End : period.Start)
                .Cast<LocalDate?>()
                .Max();
            log.LastExchangeWith(partner, period.Start).Should().Be(last);
        }, iter: PropertySamples.Of(300));
    }

    [Fact]
    public void The_indexed_overdue_commitments_equal_a_scan_of_every_commitment_by_last_due_day_then_delegation_then_number()
    {
        Gen.Select(GenDelegation.Array[1, 25], Gen.Int[0, 450]).Sample((specs, day) =>
        {
            var (log, all) = Build(specs);
            var date = Day(day);

            var scanned = all.SelectMany(delegation => delegation.Commitments)
                .Where(commitment => commitment.IsOverdueOn(date))
                .OrderBy(commitment => commitment.Due.Latest)
                .ThenBy(commitment => commitment.Delegation.Value, StringComparer.Ordinal)
                .ThenBy(commitment => commitment.Number);

            log.CommitmentsOverdueOn(date).Should().Equal(scanned);
        }, iter: PropertySamples.Of(300));
    }

    private static LocalDate Day(int offset) => On(2025, 1, 1).PlusDays(offset);

    /// <summary>The days with each partner, worked out from the public shape of a delegation alone.</summary>
    private static IEnumerable<(Region Partner, DateInterval Days)> Exchanges(Delegation delegation) =>
        delegation.Origin is { } origin
            ? [(origin, new DateInterval(delegation.Start.Date, delegation.End.Date))]
            : delegation.Stops.Select(stop => (stop.Place, new DateInterval(stop.Arrival.Date, stop.Departure.Date)));

    private static (DelegationLog Log, List<Delegation> All) Build(
        (bool Inbound, int StartDay, (int Place, int GapHours, int Hours)[] Stops, (int Due, int DueMonth, int Settled, int SettledDay)[] Commitments)[] specs)
    {
        var log = new DelegationLog();
        var all = new List<Delegation>();
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            var start = Day(spec.StartDay).At(new LocalTime(9, 0));
            var id = new DelegationId($"D{i}");
            var delegation = spec.Inbound
                ? Delegation.PlanInbound(id, Seed.Gyeonggi, Places[spec.Stops.FirstOrDefault().Place], "Visit", Governor, start, start.PlusDays(3))
                : Delegation.PlanOutbound(id, Seed.Gyeonggi, "Visit", Governor, start, start.PlusDays(20));

            // Record half before filling in, so that the log must follow the later changes.
            if (i % 2 == 0)
            {
                log.Record(delegation);
            }

            if (!spec.Inbound)
            {
                var cursor = delegation.Start.ToInstant();
                foreach (var (place, gap, hours) in spec.Stops)
                {
                    var arrival = cursor.Plus(Duration.FromHours(gap));
                    cursor = arrival.Plus(Duration.FromHours(hours));
                    delegation.AddStop(Places[place], arrival.InZone(Places[place].TimeZone).LocalDateTime, cursor.InZone(Places[place].TimeZone).LocalDateTime);
                }
            }

            foreach (var (due, month, settled, settledDay) in spec.Commitments)
            {
                var dueDate = due switch { 0 => PartialDate.Unknown, 1 => PartialDate.InMonth(2025, month), _ => On(2025, month, 15) };
                var commitment = delegation.Commit(Seed.Gyeonggi, Seed.Shanghai, "Promise", dueDate);
                var settledOn = delegation.Start.Date.PlusDays(settledDay);
                _ = settled switch
                {
                    1 => delegation.CompleteCommitment(commitment.Number, settledOn),
                    2 => delegation.DropCommitment(commitment.Number, settledOn, "Given up"),
                    _ => commitment,
                };
            }

            if (i % 2 == 1)
            {
                log.Record(delegation);
            }

            all.Add(delegation);
        }

        return (log, all);
    }
}
