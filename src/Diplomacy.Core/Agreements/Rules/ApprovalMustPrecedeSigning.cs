using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>An approval approves a proposal: it stands after the agreement's proposal and before its signing.</summary>
internal static class ApprovalMustPrecedeSigning
{
    public static void Check(AgreementId agreement, LifecycleState before, PartialDate date)
    {
        if (before.Phase != LifecyclePhase.Proposed)
        {
            throw new DomainRuleException(
                DomainRule.ApprovalMustPrecedeSigning,
                agreement.Value,
                before.Phase == LifecyclePhase.None
                    ? $"Agreement {agreement}: an approval on {date} cannot come before the agreement was proposed; it approves a proposal."
                    : $"Agreement {agreement}: an approval on {date} cannot follow the signing; it is given to a proposal, before it is signed.");
        }
    }
}
