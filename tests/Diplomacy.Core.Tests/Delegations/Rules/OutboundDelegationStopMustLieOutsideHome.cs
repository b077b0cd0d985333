using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>Every stop of an outbound delegation is outside the home region: neither the home region nor a place inside it.</summary>
public sealed class OutboundDelegationStopMustLieOutsideHome
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
}
