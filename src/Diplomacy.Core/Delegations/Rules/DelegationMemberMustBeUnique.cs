namespace Diplomacy.Core.Delegations.Rules;

/// <summary>A person is a member of a delegation once: the same name, title and role cannot be added twice.</summary>
internal static class DelegationMemberMustBeUnique
{
    public static void Check(DelegationId delegation, IEnumerable<DelegationMember> members, DelegationMember member)
    {
        if (members.Contains(member))
        {
            throw new DomainRuleException(DomainRule.DelegationMemberMustBeUnique, delegation.Value, $"{member} is already a member of the delegation {delegation}.");
        }
    }
}
