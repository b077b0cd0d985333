using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>An inbound delegation comes from somewhere else: its origin is neither the home region nor a place inside it.</summary>
internal static class InboundDelegationOriginMustLieOutsideHome
{
    public static void Check(DelegationId delegation, Region home, Region origin)
    {
        if (origin.IsWithin(home))
        {
            throw new DomainRuleException(
                DomainRule.InboundDelegationOriginMustLieOutsideHome,
                delegation.Value,
                $"The delegation {delegation} visits {home}, so its visitors cannot come from {origin}, which lies inside it.");
        }
    }
}
