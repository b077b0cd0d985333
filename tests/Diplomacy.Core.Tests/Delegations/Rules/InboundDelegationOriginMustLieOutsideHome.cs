using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>An inbound delegation comes from somewhere else: its origin is neither the home region nor a place inside it.</summary>
public sealed class InboundDelegationOriginMustLieOutsideHome
{
    [Fact]
    public void Visitors_cannot_come_from_a_place_inside_the_region_they_visit()
    {
        var act = () => Delegation.PlanInbound(
            new DelegationId("SW-2025"), Seed.Gyeonggi, Seed.Suwon, "Not a visit", Governor, At(2025, 11, 10, 10, 0), At(2025, 11, 11, 10, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.InboundDelegationOriginMustLieOutsideHome);
    }

    [Fact]
    public void A_refusal_of_visitors_from_inside_home_names_the_delegation_home_and_origin()
    {
        var act = () => Delegation.PlanInbound(
            new DelegationId("SW-2025"), Seed.Gyeonggi, Seed.Suwon, "Not a visit", Governor, At(2025, 11, 10, 10, 0), At(2025, 11, 11, 10, 0));

        act.Should().Throw<DomainRuleException>().WithMessage("*SW-2025*(KR-41)*(KR-41-SUWON)*");
    }
}
