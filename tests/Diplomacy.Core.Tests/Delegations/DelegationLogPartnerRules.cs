using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// A log answers for a partner from the stops in it or any place inside it and from the visits that came from it, on
/// the stops' own days, and follows its delegations as they change.
/// </summary>
public sealed class DelegationLogPartnerRules
{
    private static Delegation ChinaTrip()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        trip.AddStop(Pudong, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));
        return trip;
    }

    private static DelegationLog LogOf(params Delegation[] delegations)
    {
        var log = new DelegationLog();
        foreach (var delegation in delegations)
        {
            log.Record(delegation);
        }

        return log;
    }

    [Fact]
    public void A_stop_in_a_place_inside_the_partner_counts_as_an_exchange_with_the_partner()
    {
        var log = LogOf(ChinaTrip());

        log.ExchangesWith(Seed.Shanghai, Year2025).Should().ContainSingle();
        log.ExchangesWith(Seed.China, Year2025).Should().ContainSingle();
        log.ExchangesWith(Seed.Tianjin, Year2025).Should().BeEmpty();
    }

    [Theory]
    [InlineData(9, 21, 9, 21, false)] // before the trip left home
    [InlineData(9, 26, 9, 30, true)]  // boundary: the stop's last day, in Shanghai's calendar
    [InlineData(9, 27, 9, 30, false)] // the day after the stop left
    [InlineData(9, 1, 9, 24, true)]   // boundary: the stop's first day
    [InlineData(9, 1, 9, 23, false)]  // the trip was in Chongqing then, not in Shanghai
    public void A_delegation_is_with_a_partner_in_a_period_when_one_of_its_days_there_is_in_the_period(
        int fromMonth, int fromDay, int toMonth, int toDay, bool found)
    {
        var log = LogOf(ChinaTrip());

        var exchanges = log.ExchangesWith(Seed.Shanghai, new DateInterval(On(2025, fromMonth, fromDay), On(2025, toMonth, toDay)));

        exchanges.Should().HaveCount(found ? 1 : 0);
    }

    [Fact]
    public void The_last_exchange_with_a_partner_is_the_last_day_of_the_last_stop_there()
    {
        var log = LogOf(ChinaTrip());

        log.LastExchangeWith(Seed.Shanghai, On(2026, 1, 1)).Should().Be(On(2025, 9, 26));
        log.LastExchangeWith(Seed.Chongqing, On(2026, 1, 1)).Should().Be(On(2025, 9, 24));
    }

    [Fact]
    public void The_last_exchange_of_an_inbound_visit_is_the_day_the_visitors_left()
    {
        var log = LogOf(ChinaTrip(), ShanghaiToGyeonggi());

        log.LastExchangeWith(Seed.Shanghai, On(2026, 1, 1)).Should().Be(On(2025, 11, 12));
    }

    [Theory]
    [InlineData(9, 23, null)] // before the stop in Shanghai began
    [InlineData(9, 25, "2025-09-25")] // during the stop: the exchange is still going on that day
    [InlineData(11, 1, "2025-09-26")]
    [InlineData(11, 11, "2025-11-11")] // during Shanghai's return visit
    public void The_last_exchange_is_as_of_a_day_and_ignores_later_visits(int month, int day, string? expected)
    {
        var log = LogOf(ChinaTrip(), ShanghaiToGyeonggi());

        var last = log.LastExchangeWith(Seed.Shanghai, On(2025, month, day));

        last?.ToString("uuuu-MM-dd", null).Should().Be(expected);
    }

    [Fact]
    public void Visits_with_a_partner_count_delegations_out_and_in_once_each()
    {
        var trip = ChinaTrip();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 26, 10, 30), At(2025, 9, 26, 12, 0));
        var log = LogOf(trip, ShanghaiToGyeonggi());

        var visits = log.VisitsWith(Seed.Shanghai, Year2025);

        visits.Should().Be(new PartnerVisits(Seed.Shanghai, 1, 1));
        visits.Total.Should().Be(2);
    }

    [Fact]
    public void Visits_per_partner_list_each_place_as_recorded_the_most_visits_first()
    {
        var log = LogOf(ChinaTrip(), ShanghaiToGyeonggi());

        log.VisitsPerPartner(Year2025).Should().Equal(
            new PartnerVisits(Seed.Chongqing, 1, 0),
            new PartnerVisits(Seed.Shanghai, 0, 1),
            new PartnerVisits(Pudong, 1, 0));
    }

    [Fact]
    public void A_home_filter_keeps_only_the_delegations_of_that_home()
    {
        var seoulTrip = Delegation.PlanOutbound(
            new DelegationId("SE-2025-CN"), Seoul, "Seoul's visit", new DelegationMember("Oh Se-hoon", "Mayor of Seoul", MemberRole.Mayor),
            At(2025, 10, 1, 9, 0), At(2025, 10, 3, 20, 0));
        seoulTrip.AddStop(Seed.Shanghai, At(2025, 10, 1, 12, 0), At(2025, 10, 3, 12, 0));
        var log = LogOf(ChinaTrip(), seoulTrip);

        log.ExchangesWith(Seed.Shanghai, Year2025).Should().HaveCount(2);
        log.ExchangesWith(Seed.Shanghai, Year2025, home: Seed.Gyeonggi).Should().ContainSingle().Which.Id.Value.Should().Be("GG-2025-CN");
        log.LastExchangeWith(Seed.Shanghai, On(2026, 1, 1), home: Seed.Gyeonggi).Should().Be(On(2025, 9, 26));
    }

    [Fact]
    public void A_stop_added_after_the_delegation_was_recorded_is_in_the_next_answer()
    {
        var trip = GyeonggiToChina();
        var log = LogOf(trip);

        trip.AddStop(Seed.Tianjin, At(2025, 9, 23, 9, 0), At(2025, 9, 23, 18, 0));

        log.ExchangesWith(Seed.Tianjin, Year2025).Should().ContainSingle().Which.Should().BeSameAs(trip);
    }

    [Fact]
    public void A_commitment_settled_after_the_delegation_was_recorded_is_no_longer_overdue()
    {
        var trip = GyeonggiToChina();
        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));
        var log = LogOf(trip);
        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().Equal(fair);

        trip.CompleteCommitment(fair.Number, On(2025, 12, 3));

        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().BeEmpty();
        log.CommitmentsOverdueOn(On(2025, 12, 2)).Should().ContainSingle().Which.Number.Should().Be(fair.Number);
    }

    [Fact]
    public void A_partner_with_no_exchange_has_no_last_exchange()
    {
        var log = LogOf(ChinaTrip());

        log.LastExchangeWith(Seed.Beijing, On(2026, 1, 1)).Should().BeNull();
        log.VisitsWith(Seed.Beijing, Year2025).Total.Should().Be(0);
    }

    [Fact]
    public void Exchanges_with_a_partner_are_listed_by_the_start_of_their_trips_then_by_id()
    {
        var returnVisit = ShanghaiToGyeonggi("AA-2025-GG");
        var second = GyeonggiToChina("GG-2025-CN-B");
        second.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 25, 10, 0));
        var first = GyeonggiToChina("GG-2025-CN-A");
        first.AddStop(Seed.Shanghai, At(2025, 9, 23, 13, 0), At(2025, 9, 24, 10, 0));
        var log = LogOf(returnVisit, second, first);

        log.ExchangesWith(Seed.Shanghai, Year2025).Should().Equal(first, second, returnVisit);
    }

    [Fact]
    public void Visits_per_partner_put_the_partner_with_the_most_visits_first_whatever_its_id()
    {
        var once = GyeonggiToChina("GG-2025-CN-A");
        once.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        once.AddStop(Seed.Tianjin, At(2025, 9, 24, 13, 0), At(2025, 9, 25, 10, 0));
        var again = GyeonggiToChina("GG-2025-CN-B");
        again.AddStop(Seed.Tianjin, At(2025, 9, 24, 13, 0), At(2025, 9, 25, 10, 0));
        var log = LogOf(once, again);

        log.VisitsPerPartner(Year2025).Should().Equal(
            new PartnerVisits(Seed.Tianjin, 2, 0),
            new PartnerVisits(Seed.Chongqing, 1, 0));
    }

    [Fact]
    public void A_commitment_made_after_the_log_was_asked_is_in_the_next_answer()
    {
        var trip = GyeonggiToChina();
        var log = LogOf(trip);
        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().BeEmpty();

        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));

        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().Equal(fair);
    }

    [Fact]
    public void A_delegation_recorded_after_the_log_was_asked_is_in_the_next_answer()
    {
        var trip = GyeonggiToChina();
        var fair = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));
        var log = new DelegationLog();
        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().BeEmpty();

        log.Record(trip);

        log.CommitmentsOverdueOn(On(2025, 12, 5)).Should().Equal(fair);
    }

    [Fact]
    public void A_refusal_to_record_a_delegation_twice_names_its_id()
    {
        var log = LogOf(ChinaTrip());

        var act = () => log.Record(GyeonggiToChina());

        act.Should().Throw<DomainRuleException>().WithMessage("*GG-2025-CN*");
    }
}
