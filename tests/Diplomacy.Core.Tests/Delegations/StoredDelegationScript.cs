using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// A random delegation with everything a host stores, for the rebuild properties: out of Gyeonggi (to China and to Prague,
/// whose clock changes) or into it, with members, organizations, stops, every kind of engagement (a signing of an
/// agreement among them, a gift with a value and a disposition), commitments settled or not, a budget and a cost. Built through the commands, so refused steps are left out.
/// </summary>
internal sealed record StoredDelegationScript(bool Inbound, int StartDay, (int Place, int GapHours, int Hours, int Engagement, int Minutes)[] Stops, (int Due, int Settled, int SettledDay)[] Commitments)
{
    private static readonly Region[] Abroad = [Seed.Shanghai, Pudong, Seed.Chongqing, Prague, Seed.Beijing];
    private static readonly Region[] AtHome = [Seed.Gyeonggi, Seed.Suwon];

    public static Gen<StoredDelegationScript> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Bool,
        CsCheck.Gen.Int[0, 364],
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[0, 30], CsCheck.Gen.Int[1, 60], CsCheck.Gen.Int[0, 7], CsCheck.Gen.Int[0, 3600]).Array[0, 6],
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[-3, 300]).Array[0, 4],
        (inbound, start, stops, commitments) => new StoredDelegationScript(inbound, start, stops, commitments));

    public static LocalDate Day(int offset) => On(2025, 1, 1).PlusDays(offset);

    public Delegation Build()
    {
        var start = Day(StartDay).At(new LocalTime(9, 0));
        var delegation = Inbound
            ? Delegation.PlanInbound(new DelegationId("IN"), Seed.Gyeonggi, Seed.Shanghai, "Return visit", new DelegationMember("Gong Zheng", "Mayor", MemberRole.Mayor), start, start.PlusDays(6))
            : Delegation.PlanOutbound(new DelegationId("OUT"), Seed.Gyeonggi, "Cooperation with China", Governor, start, start.PlusDays(14));
        Try(() => delegation.AddMember(new DelegationMember("Park Seung-won", "Ambassador for International Relations", MemberRole.AmbassadorForInternationalRelations)));
        Try(() => delegation.AddOrganization(new Organization("Gyeonggi AI Leaders", OrganizationField.ArtificialIntelligence)));
        var places = Inbound ? AtHome : Abroad;
        var cursor = delegation.Start.ToInstant();
        foreach (var (place, gap, hours, engagement, minutes) in Stops)
        {
            var region = places[place % places.Length];
            var arrival = cursor.Plus(Duration.FromHours(gap));
            var departure = arrival.Plus(Duration.FromHours(hours));
            cursor = departure;
            Try(() =>
            {
                var stop = delegation.AddStop(region, arrival.InZone(region.TimeZone).LocalDateTime, departure.InZone(region.TimeZone).LocalDateTime);
                var at = arrival.Plus(Duration.FromMinutes(minutes % (hours * 60))).InZone(region.TimeZone).LocalDateTime;
                delegation.AddEngagement(region, Engagement(engagement, at, region, Inbound ? Seed.Shanghai : Seed.Gyeonggi));
                delegation.AddEngagement(region, new Gift(stop.Arrival.LocalDateTime, "Celadon vase", 1, "Mayor"));
            });
        }

        foreach (var (due, settled, settledDay) in Commitments)
        {
            var dueDate = due switch { 0 => PartialDate.Unknown, 1 => PartialDate.InMonth(2025, 11), _ => On(2025, 11, 15) };
            Try(() =>
            {
                var commitment = delegation.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send an invitation", dueDate);
                var on = delegation.Start.Date.PlusDays(settledDay);
                _ = settled switch
                {
                    1 => delegation.CompleteCommitment(commitment.Number, on),
                    2 => delegation.DropCommitment(commitment.Number, on, "Given up"),
                    _ => commitment,
                };
            });
        }

        delegation.SetBudget(StartDay % 4 == 0 ? null : new Money(30_000_000m, new CurrencyCode("KRW")));
        delegation.RecordActualCost((StartDay % 4) switch
        {
            2 => new Money(28_450_000.50m, new CurrencyCode("KRW")),
            3 => new Money(21_000m, new CurrencyCode("USD")),
            _ => null,
        });
        return delegation;
    }

    private static Engagement Engagement(int choice, LocalDateTime at, Region place, Region visitor) => choice switch
    {
        0 => new Meeting(at, [new Counterpart("Gong Zheng", "Mayor")], "Cooperation"),
        1 => new SiteVisit(at, new Organization("Zhangjiang Science City")),
        2 => new EventParticipation(at, "China International Import Expo"),
        3 => new Signing(at, "Friendship MOU", [visitor, place]),
        4 => new Signing(at, Agreement.Sign(new AgreementId("SIGNED-ON-TRIP"), AgreementKind.CooperationMemorandum, [visitor, place], at.Date, new SigningDetails { Place = place })),
        5 => new Gift(at, "Hanji lamp", 2, "Vice Mayor"),
        _ => new Gift(at, "Tea set", 1, "Governor")
        {
            Direction = GiftDirection.ToDelegation,
            Value = new Money(800m, new CurrencyCode("CNY")),
            Disposition = new GiftDisposition(GiftDispositionKind.InCustody, "Protocol office"),
        },
    };

    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (DomainRuleException)
        {
            // A refused step is left out: what remains is a valid delegation.
        }
    }
}
