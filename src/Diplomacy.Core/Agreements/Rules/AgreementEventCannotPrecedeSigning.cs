using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Only a proposal comes before the signing: nothing else happens to an unsigned agreement, or before its signing day.</summary>
internal static class AgreementEventCannotPrecedeSigning
{
    public static void Check(AgreementId agreement, LifecycleState before, IEnumerable<IAgreementEvent> history, PartialDate date)
    {
        if (before.Phase is LifecyclePhase.Proposed or LifecyclePhase.None)
        {
            var signing = history.OfType<AgreementSigned>().FirstOrDefault();
            throw new DomainRuleException(
                DomainRule.AgreementEventCannotPrecedeSigning,
                agreement.Value,
                signing is null
                    ? $"Agreement {agreement} is not signed yet: only its signing can follow its proposal."
                    : $"Agreement {agreement}: an event on {date} cannot come before its signing on {signing.OccurredOn}.");
        }
    }
}
