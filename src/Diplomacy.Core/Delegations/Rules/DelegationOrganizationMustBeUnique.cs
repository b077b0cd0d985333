namespace Diplomacy.Core.Delegations.Rules;

/// <summary>An organization takes part in a delegation once: two organizations of one delegation have different names, ignoring case.</summary>
internal static class DelegationOrganizationMustBeUnique
{
    public static void Check(DelegationId delegation, IEnumerable<Organization> taking, Organization organization)
    {
        if (taking.Any(other => string.Equals(other.Name, organization.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(DomainRule.DelegationOrganizationMustBeUnique, delegation.Value, $"{organization.Name} already takes part in the delegation {delegation}.");
        }
    }
}
