namespace Diplomacy.Core.Agreements.Rules;

/// <summary>An upgrade moves to a strictly deeper kind.</summary>
internal static class UpgradeMustBeDeeper
{
    public static void Check(AgreementId agreement, LifecycleState current, AgreementKind to)
    {
        if (!to.IsDeeperThan(current.Kind))
        {
            throw new DomainRuleException(
                DomainRule.UpgradeMustBeDeeper,
                agreement.Value,
                $"Agreement {agreement} cannot be upgraded from {current.Kind} to {to}, which is not deeper.");
        }
    }
}
