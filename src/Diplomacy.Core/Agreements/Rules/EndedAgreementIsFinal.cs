namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A terminated or superseded agreement is final.</summary>
internal static class EndedAgreementIsFinal
{
    public static void Check(AgreementId agreement, LifecycleState current)
    {
        if (current.IsEnded)
        {
            throw new DomainRuleException(
                DomainRule.EndedAgreementIsFinal,
                agreement.Value,
                $"Agreement {agreement} is {current.Phase.ToString().ToLowerInvariant()}: nothing can be recorded after its end.");
        }
    }
}
