namespace Diplomacy.Core.Agreements.Rules;

/// <summary>An agreement is signed once.</summary>
internal static class AgreementIsSignedOnce
{
    public static void Check(AgreementId agreement, LifecycleState current)
    {
        if (current.Phase != LifecyclePhase.Proposed)
        {
            throw new DomainRuleException(
                DomainRule.AgreementIsSignedOnce,
                agreement.Value,
                $"Agreement {agreement} is already signed; record a deeper tie as an upgrade or as a new agreement.");
        }
    }
}
