using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>Every stop of an inbound delegation is in the home region or a place inside it.</summary>
public sealed class InboundDelegationStopMustLieWithinHome
{
    [Fact]
    public void An_inbound_delegation_cannot_stop_outside_the_home_region()
    {
        var visit = ShanghaiToGyeonggi();
        var before = DelegationSnapshot.Of(visit);

        var act = () => visit.AddStop(Seoul, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.InboundDelegationStopMustLieWithinHome);
        before.ShouldBeUnchanged();
    }
}
