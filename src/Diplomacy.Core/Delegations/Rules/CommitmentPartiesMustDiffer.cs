using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>A commitment is owed by one region to another: the region that owes it is not the region it is owed to.</summary>
internal static class CommitmentPartiesMustDiffer
{
    public static void Check(DelegationId delegation, Region owedBy, Region owedTo, string promise)
    {
        if (owedBy.Equals(owedTo))
        {
            throw new DomainRuleException(DomainRule.CommitmentPartiesMustDiffer, delegation.Value, $"{owedBy} cannot owe '{promise}' to itself.");
        }
    }
}
