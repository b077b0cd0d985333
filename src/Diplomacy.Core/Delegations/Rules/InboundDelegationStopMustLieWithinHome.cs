using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>Every stop of an inbound delegation is in the home region or a place inside it.</summary>
internal static class InboundDelegationStopMustLieWithinHome
{
    public static void Check(DelegationId delegation, DelegationDirection direction, Region home, Region place)
    {
        if (direction == DelegationDirection.Inbound && !place.IsWithin(home))
        {
            throw new DomainRuleException(
                DomainRule.InboundDelegationStopMustLieWithinHome,
                delegation.Value,
                $"The delegation {delegation} visits {home}, so it cannot stop in {place}, which lies outside it.");
        }
    }
}
