namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only a suspended agreement can be resumed.</summary>
internal static class ResumeOnlyASuspendedAgreement
{
    public static void Check(AgreementId agreement, LifecycleState current)
    {
        if (current.Phase != LifecyclePhase.Suspended)
        {
            throw new DomainRuleException(
                DomainRule.ResumeOnlyASuspendedAgreement,
                agreement.Value,
                $"Agreement {agreement} cannot be resumed: it is not suspended.");
        }
    }
}
