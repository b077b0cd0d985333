namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only an agreement that entered into force (in force, suspended or expired) can be renewed.</summary>
internal static class RenewOnlyAnAgreementThatEnteredIntoForce
{
    public static void Check(AgreementId agreement, LifecycleState current)
    {
        if (!current.HasEnteredIntoForce)
        {
            throw new DomainRuleException(
                DomainRule.RenewOnlyAnAgreementThatEnteredIntoForce,
                agreement.Value,
                $"Agreement {agreement} cannot be renewed: it has not entered into force.");
        }
    }
}
