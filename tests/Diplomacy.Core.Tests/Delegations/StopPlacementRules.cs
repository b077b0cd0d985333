using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>An outbound delegation stops outside home; an inbound one comes from outside home and stops in or under it.</summary>
public sealed class StopPlacementRules
{
    [Fact]
    public void An_outbound_delegation_cannot_stop_in_a_city_of_its_own_home_region()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Suwon, At(2025, 9, 22, 10, 0), At(2025, 9, 22, 12, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.OutboundDelegationStopMustLieOutsideHome);
        trip.Stops.Should().BeEmpty();
    }

    [Fact]
    public void An_outbound_delegation_cannot_stop_in_its_home_region_itself()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(Seed.Gyeonggi, At(2025, 9, 22, 10, 0), At(2025, 9, 22, 12, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.OutboundDelegationStopMustLieOutsideHome);
    }

    [Fact]
    public void An_inbound_delegation_stops_in_places_under_the_home_region()
    {
        var visit = ShanghaiToGyeonggi();

        visit.AddStop(Seed.Suwon, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));

        visit.Stops.Should().ContainSingle().Which.Place.Should().Be(Seed.Suwon);
    }

    [Fact]
    public void An_inbound_delegation_cannot_stop_outside_the_home_region()
    {
        var visit = ShanghaiToGyeonggi();
        var before = DelegationSnapshot.Of(visit);

        var act = () => visit.AddStop(Seoul, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.InboundDelegationStopMustLieWithinHome);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void Visitors_cannot_come_from_a_place_inside_the_region_they_visit()
    {
        var act = () => Delegation.PlanInbound(
            new DelegationId("SW-2025"), Seed.Gyeonggi, Seed.Suwon, "Not a visit", Governor, At(2025, 11, 10, 10, 0), At(2025, 11, 11, 10, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.InboundDelegationOriginMustLieOutsideHome);
    }

    [Fact]
    public void The_partners_of_an_outbound_delegation_are_the_places_it_stops_in_once_each_in_itinerary_order()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 25, 10, 0));
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        trip.AddStop(Seed.Shanghai, At(2025, 9, 25, 12, 0), At(2025, 9, 26, 10, 0));

        trip.Partners.Should().Equal(Seed.Chongqing, Seed.Shanghai);
    }

    [Fact]
    public void The_partner_of_an_inbound_delegation_is_where_its_visitors_come_from()
    {
        ShanghaiToGyeonggi().Partners.Should().Equal(Seed.Shanghai);
    }

    [Fact]
    public void A_refusal_of_visitors_from_inside_home_names_the_delegation_home_and_origin()
    {
        var act = () => Delegation.PlanInbound(
            new DelegationId("SW-2025"), Seed.Gyeonggi, Seed.Suwon, "Not a visit", Governor, At(2025, 11, 10, 10, 0), At(2025, 11, 11, 10, 0));

        act.Should().Throw<DomainRuleException>().WithMessage("*SW-2025*(KR-41)*(KR-41-SUWON)*");
    }

    [Fact]
    public void A_refused_stop_on_the_wrong_side_of_home_names_the_delegation_home_and_place()
    {
        var inbound = () => ShanghaiToGyeonggi().AddStop(Seoul, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));
        var outbound = () => GyeonggiToChina().AddStop(Seed.Suwon, At(2025, 9, 22, 10, 0), At(2025, 9, 22, 12, 0));

        inbound.Should().Throw<DomainRuleException>().WithMessage("*SH-2025-GG*(KR-41)*(KR-11)*");
        outbound.Should().Throw<DomainRuleException>().WithMessage("*GG-2025-CN*(KR-41)*(KR-41-SUWON)*");
    }
}
