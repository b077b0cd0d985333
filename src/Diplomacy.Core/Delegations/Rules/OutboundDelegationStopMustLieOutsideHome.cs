using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>Every stop of an outbound delegation is outside the home region: neither the home region nor a place inside it.</summary>
internal static class OutboundDelegationStopMustLieOutsideHome
{
    public static void Check(DelegationId delegation, DelegationDirection direction, Region home, Region place)
    {
        if (direction == DelegationDirection.Outbound && place.IsWithin(home))
        {
            throw new DomainRuleException(
                DomainRule.OutboundDelegationStopMustLieOutsideHome,
                delegation.Value,
                $"The delegation {delegation} travels out of {home}, so it cannot stop in {place}, which lies inside it.");
        }
    }
}
