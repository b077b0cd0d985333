using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A signing is not certainly before the proposal it follows; every other event is recorded at its day instead.</summary>
internal static class AgreementEventsMustBeInOrder
{
    public static void Check(AgreementId agreement, IEnumerable<IAgreementEvent> history, PartialDate date)
    {
        var later = history.FirstOrDefault(recorded => date.IsCertainlyBefore(recorded.OccurredOn));
        if (later is not null)
        {
            throw new DomainRuleException(
                DomainRule.AgreementEventsMustBeInOrder,
                agreement.Value,
                $"Agreement {agreement}: an event on {date} cannot follow the {Describe(later)} of {later.OccurredOn}, which came after it.");
        }
    }

    public static string Describe(IAgreementEvent change) => change.GetType().Name.Replace("Agreement", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
