namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only an agreement signed to enter into force later, and not yet in force, enters into force.</summary>
internal static class EntryIntoForceMustBeAwaited
{
    public static void Check(AgreementId agreement, LifecycleState current)
    {
        if (current.Phase != LifecyclePhase.AwaitingEntryIntoForce)
        {
            throw new DomainRuleException(
                DomainRule.EntryIntoForceMustBeAwaited,
                agreement.Value,
                $"Agreement {agreement} is not awaiting entry into force: it entered into force on signing or already has.");
        }
    }
}
