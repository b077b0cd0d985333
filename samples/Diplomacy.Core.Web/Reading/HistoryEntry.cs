using Diplomacy.Core.Agreements;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>One event of a tie's history: what happened, on the date as written, what it said, and its sources.</summary>
/// <param name="Event">The event's name, stable for the API (<c>signed</c>, <c>suspended</c>, …).</param>
/// <param name="EventText">The event's name in the reader's language.</param>
/// <param name="OccurredOn">The date as written (<c>2025-09-23</c>, <c>..2025-09-22</c>).</param>
/// <param name="Detail">What the event said beyond its date (a reason, a term, the kind upgraded to), or null.</param>
/// <param name="Sources">The sources cited for this event.</param>
public sealed record HistoryEntry(string Event, string EventText, string OccurredOn, string? Detail, IReadOnlyList<SourceView> Sources)
{
    public static HistoryEntry Of(IAgreementEvent fact, IReadOnlyList<SourceReference> sources, Texts texts)
    {
        var (name, detail) = fact switch
        {
            AgreementProposed proposed => ("proposed", texts.Kind(proposed.Kind)),
            AgreementSigned signed => ("signed", Join(texts.Kind(signed.Kind), signed.Term is { } term ? texts.Term(term) : null)),
            AgreementEnteredIntoForce => ("entered-into-force", null),
            AgreementSuspended suspended => ("suspended", Join(texts.SuspensionReason(suspended.Reason), suspended.Note)),
            AgreementResumed => ("resumed", null),
            AgreementRenewed renewed => ("renewed", texts.Term(renewed.Term)),
            AgreementUpgraded upgraded => ("upgraded", $"{texts.Kind(upgraded.From)} → {texts.Kind(upgraded.To)}"),
            AgreementTerminated terminated => ("terminated", Join(terminated.By.Names.In(texts.Language).Text, terminated.Reason)),
            AgreementSuperseded superseded => ("superseded", superseded.By.Value),
            AgreementPartyWithdrew withdrew => ("party-withdrew", Join(withdrew.Party.Names.In(texts.Language).Text, withdrew.Reason)),
            _ => (fact.GetType().Name, (string?)null),
        };
        return new HistoryEntry(name, texts.Event(name), fact.OccurredOn.ToString(), detail, [.. sources.Select(SourceView.Of)]);
    }

    private static string Join(string first, string? second) => second is null ? first : $"{first}: {second}";
}
