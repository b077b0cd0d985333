namespace Diplomacy.Core.Delegations.Rules;

/// <summary>A delegation log records a delegation once: no two recorded delegations have the same id.</summary>
internal static class DelegationMustBeRecordedOnce
{
    public static void Check(IReadOnlyDictionary<DelegationId, Delegation> recorded, Delegation delegation)
    {
        if (recorded.ContainsKey(delegation.Id))
        {
            throw new DomainRuleException(DomainRule.DelegationMustBeRecordedOnce, delegation.Id.Value, $"The log already holds a delegation with the id {delegation.Id}.");
        }
    }
}
