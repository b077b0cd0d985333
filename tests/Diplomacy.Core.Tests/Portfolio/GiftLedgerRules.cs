using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A partner's gift ledger holds, per calendar year of the gifts' local dates, what the home gave, what it received and
/// the balance, per currency, never adding two currencies; a gift without a value is counted apart, never as zero.
/// </summary>
public sealed class GiftLedgerRules
{
    private static readonly CurrencyCode Krw = new("KRW");
    private static readonly CurrencyCode Cny = new("CNY");

    private static Gift GiftAt(LocalDateTime at, Money? value, GiftDirection direction = GiftDirection.ByDelegation) =>
        new(at, "gift", 1, "Protocol office") { Value = value, Direction = direction };

    private static GiftLedger LedgerOf(params Delegation[] visits)
    {
        var register = SeedRegister.Empty();
        foreach (var visit in visits)
        {
            register.Record(visit);
        }

        return register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, D("2026-06-01")).GiftLedger;
    }

    private static Delegation Outbound(params Gift[] gifts)
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 22, 12, 0), At(2025, 9, 26, 10, 0));
        foreach (var gift in gifts)
        {
            trip.AddEngagement(Seed.Shanghai, gift);
        }

        return trip;
    }

    [Fact]
    public void Given_received_and_balance_are_summed_per_currency_and_the_balance_is_given_less_received()
    {
        var trip = Outbound(
            GiftAt(At(2025, 9, 23, 10, 0), new Money(300_000m, Krw)),
            GiftAt(At(2025, 9, 23, 11, 0), new Money(200_000m, Krw)),
            GiftAt(At(2025, 9, 24, 10, 0), new Money(800_000m, Krw), GiftDirection.ToDelegation));

        var year = LedgerOf(trip).Years.Should().ContainSingle().Subject;

        year.Amounts.Should().ContainSingle().Which.Should().Match<GiftLedgerAmount>(line =>
            line.Currency == Krw && line.Given == 500_000m && line.Received == 800_000m && line.Balance == -300_000m);
    }

    [Fact]
    public void Amounts_in_different_currencies_are_never_added_together_and_are_listed_by_currency_code()
    {
        var trip = Outbound(
            GiftAt(At(2025, 9, 23, 10, 0), new Money(300_000m, Krw)),
            GiftAt(At(2025, 9, 24, 10, 0), new Money(1_500m, Cny), GiftDirection.ToDelegation));

        var amounts = LedgerOf(trip).Years.Single().Amounts;

        amounts.Select(line => (line.Currency, line.Given, line.Received, line.Balance)).Should().Equal(
            (Cny, 0m, 1_500m, -1_500m), (Krw, 300_000m, 0m, 300_000m));
    }

    [Fact]
    public void A_gift_without_a_value_is_counted_apart_and_never_as_zero_money()
    {
        var trip = Outbound(
            GiftAt(At(2025, 9, 23, 10, 0), null),
            GiftAt(At(2025, 9, 23, 11, 0), null),
            GiftAt(At(2025, 9, 24, 10, 0), null, GiftDirection.ToDelegation));

        var year = LedgerOf(trip).Years.Single();

        (year.Amounts.Count, year.GivenWithoutValue, year.ReceivedWithoutValue).Should().Be((0, 2, 1));
    }

    [Fact]
    public void A_gift_falls_in_the_calendar_year_of_its_local_date_and_years_come_earliest_first()
    {
        var newYearsEve = Delegation.PlanOutbound(new DelegationId("GG-2025-NY"), Seed.Gyeonggi, "New year", Governor, At(2025, 12, 30, 9, 0), At(2026, 1, 2, 18, 0));
        newYearsEve.AddStop(Seed.Shanghai, At(2025, 12, 30, 18, 0), At(2026, 1, 2, 10, 0));
        // 23:30 on 31 December in Shanghai is already 1 January in Seoul: the local date where it was handed over counts.
        newYearsEve.AddEngagement(Seed.Shanghai, GiftAt(At(2025, 12, 31, 23, 30), new Money(100m, Krw)));
        newYearsEve.AddEngagement(Seed.Shanghai, GiftAt(At(2026, 1, 1, 0, 30), new Money(50m, Krw)));
        var earlier = Outbound(GiftAt(At(2025, 9, 23, 10, 0), new Money(7m, Krw)));

        var years = LedgerOf(newYearsEve, earlier).Years;

        years.Select(year => (year.Year, year.Amounts.Single().Given)).Should().Equal((2025, 107m), (2026, 50m));
    }

    [Fact]
    public void A_partner_without_gifts_has_an_empty_ledger()
    {
        LedgerOf().Years.Should().BeEmpty();
    }
}
