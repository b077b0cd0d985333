using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>An outbound delegation stops outside home; an inbound one comes from outside home and stops in or under it.</summary>
public sealed class StopPlacementRules
{
    [Fact]
    public void An_inbound_delegation_stops_in_places_under_the_home_region()
    {
        var visit = ShanghaiToGyeonggi();

        visit.AddStop(Seed.Suwon, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));

        visit.Stops.Should().ContainSingle().Which.Place.Should().Be(Seed.Suwon);
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
    public void A_refused_stop_on_the_wrong_side_of_home_names_the_delegation_home_and_place()
    {
        var inbound = () => ShanghaiToGyeonggi().AddStop(Seoul, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));
        var outbound = () => GyeonggiToChina().AddStop(Seed.Suwon, At(2025, 9, 22, 10, 0), At(2025, 9, 22, 12, 0));

        inbound.Should().Throw<DomainRuleException>().WithMessage("*SH-2025-GG*(KR-41)*(KR-11)*");
        outbound.Should().Throw<DomainRuleException>().WithMessage("*GG-2025-CN*(KR-41)*(KR-41-SUWON)*");
    }
}
