using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only an agreement in force, and not certainly expired on the day, can be suspended.</summary>
internal static class SuspendOnlyAnAgreementInForce
{
    public static void Check(AgreementId agreement, LifecycleState current, PartialDate date)
    {
        if (current.Phase != LifecyclePhase.InForce || current.IsCertainlyExpiredFrom(date.Earliest))
        {
            var why = current.Phase switch
            {
                LifecyclePhase.Suspended => "it is already suspended",
                LifecyclePhase.AwaitingEntryIntoForce => "it has not entered into force",
                _ => $"its term has run out by {date}",
            };
            throw new DomainRuleException(DomainRule.SuspendOnlyAnAgreementInForce, agreement.Value, $"Agreement {agreement} cannot be suspended: {why}.");
        }
    }
}
