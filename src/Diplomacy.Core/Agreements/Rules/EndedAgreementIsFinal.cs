namespace Diplomacy.Core.Agreements.Rules;

/// <summary>
/// A terminated or superseded agreement is final: no act can follow its end. Facts about it are still accepted:
/// a source, a note, or an event learned late that happened before the end.
/// </summary>
internal static class EndedAgreementIsFinal
{
    public static void Check(AgreementId agreement, LifecycleState before)
    {
        if (before.IsEnded)
        {
            throw new DomainRuleException(
                DomainRule.EndedAgreementIsFinal,
                agreement.Value,
                $"Agreement {agreement} is {before.Phase.ToString().ToLowerInvariant()}: no act can follow its end (an earlier event learned late can be recorded at its day).");
        }
    }
}
