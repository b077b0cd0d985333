using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Delegations;

/// <summary>
/// A reproducible register of delegations shaped like a busy province's: 200 partner cities in ten countries (some
/// with daylight-saving time), seven in ten delegations outbound with one to four stops, three in ten inbound, trips
/// spread over 2000–2025, and up to three commitments each, most of them settled.
/// </summary>
internal static class SyntheticDelegations
{
    private static readonly (string Code, string Zone)[] Countries =
    [
        ("CN", "Asia/Shanghai"), ("JP", "Asia/Tokyo"), ("US", "America/New_York"), ("DE", "Europe/Berlin"), ("FR", "Europe/Paris"),
        ("VN", "Asia/Ho_Chi_Minh"), ("AU", "Australia/Sydney"), ("BR", "America/Sao_Paulo"), ("IN", "Asia/Kolkata"), ("MX", "America/Mexico_City"),
    ];

    public static Region Home { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("KR-41"),
        AdministrativeKind.Province,
        RegionNames.Of("en", "Gyeonggi Province"),
        Region.CreateCountry(CountryCode.Parse("KR"), RegionNames.Of("en", "South Korea"), "Asia/Seoul"));

    public static IReadOnlyList<Region> Partners { get; } =
    [
        .. Countries.SelectMany(country =>
        {
            var region = Region.CreateCountry(CountryCode.Parse(country.Code), RegionNames.Of("en", country.Code), country.Zone);
            return Enumerable.Range(1, 20).Select(i => Region.CreatePlace(new RegionId($"{country.Code}-C{i:D2}"), AdministrativeKind.City, RegionNames.Of("en", $"{country.Code} city {i}"), region));
        }),
    ];

    public static List<Delegation> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var head = new DelegationMember("Head", "Governor", MemberRole.Governor);
        var first = Instant.FromUtc(2000, 1, 1, 0, 0);
        var delegations = new List<Delegation>(count);
        for (var i = 0; i < count; i++)
        {
            var id = new DelegationId($"D{i:D5}");
            var start = first.Plus(Duration.FromHours(random.Next(0, 26 * 365 * 24)));
            Delegation delegation;
            if (random.Next(10) < 3)
            {
                var local = start.InZone(Home.TimeZone).LocalDateTime;
                delegation = Delegation.PlanInbound(id, Home, Partners[random.Next(Partners.Count)], "Visit", head, local, local.PlusDays(random.Next(1, 6)));
            }
            else
            {
                delegation = PlanOutboundWithStops(random, id, head, start);
            }

            for (var c = random.Next(0, 4); c > 0; c--)
            {
                var partner = delegation.Partners.Count > 0 ? delegation.Partners[0] : Partners[0];
                var year = delegation.Start.Year;
                PartialDate due = random.Next(3) switch
                {
                    0 => PartialDate.Unknown,
                    1 => PartialDate.InMonth(year + 1, random.Next(1, 13)),
                    _ => delegation.Start.Date.PlusDays(random.Next(30, 365)),
                };
                var commitment = delegation.Commit(Home, partner, "Promise", due);
                var settledOn = delegation.Start.Date.PlusDays(random.Next(1, 500));
                _ = random.Next(10) switch
                {
                    < 6 => delegation.CompleteCommitment(commitment.Number, settledOn),
                    < 8 => delegation.DropCommitment(commitment.Number, settledOn, "Given up"),
                    _ => commitment,
                };
            }

            delegations.Add(delegation);
        }

        return delegations;
    }

    private static Delegation PlanOutboundWithStops(Random random, DelegationId id, DelegationMember head, Instant start)
    {
        var stops = random.Next(1, 5);
        var places = Enumerable.Range(0, stops).Select(_ => Partners[random.Next(Partners.Count)]).ToList();

        // Three hours of slack around every stop: a local time read in a daylight-saving fall-back hour may move an
        // hour earlier, and must still not touch its neighbour.
        var spans = new List<(Instant Arrival, Instant Departure)>();
        var cursor = start.Plus(Duration.FromHours(3));
        foreach (var _ in places)
        {
            var arrival = cursor.Plus(Duration.FromHours(random.Next(3, 12)));
            cursor = arrival.Plus(Duration.FromHours(random.Next(6, 60)));
            spans.Add((arrival, cursor));
        }

        var homeZone = Home.TimeZone;
        var delegation = Delegation.PlanOutbound(id, Home, "Visit", head, start.InZone(homeZone).LocalDateTime, cursor.Plus(Duration.FromHours(6)).InZone(homeZone).LocalDateTime);
        for (var s = 0; s < stops; s++)
        {
            var zone = places[s].TimeZone;
            delegation.AddStop(places[s], spans[s].Arrival.InZone(zone).LocalDateTime, spans[s].Departure.InZone(zone).LocalDateTime);
        }

        return delegation;
    }
}
