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
        var (name, detail) = fact.Accept(new NameAndDetail(texts));
        return new HistoryEntry(name, texts.Event(name), fact.OccurredOn.ToString(), detail, [.. sources.Select(SourceView.Of)]);
    }

    private static string Join(string first, string? second) => second is null ? first : $"{first}: {second}";

    /// <summary>Each event type's stable name and what it said, in the reader's language: the pages' one mapping from the core's events.</summary>
    private sealed class NameAndDetail(Texts texts) : IAgreementEventVisitor<(string Name, string? Detail)>
    {
        public (string Name, string? Detail) Visit(AgreementProposed change) => ("proposed", texts.Kind(change.Kind));

        public (string Name, string? Detail) Visit(AgreementApproved change) => ("approved", Join(change.Body, change.Resolution));

        public (string Name, string? Detail) Visit(AgreementSigned change) =>
            ("signed", Join(texts.Kind(change.Kind), change.Term is { } term ? texts.Term(term) : null));

        public (string Name, string? Detail) Visit(AgreementEnteredIntoForce change) => ("entered-into-force", null);

        public (string Name, string? Detail) Visit(AgreementSuspended change) => ("suspended", Join(texts.SuspensionReason(change.Reason), change.Note));

        public (string Name, string? Detail) Visit(AgreementResumed change) => ("resumed", null);

        public (string Name, string? Detail) Visit(AgreementRenewed change) => ("renewed", texts.Term(change.Term));

        public (string Name, string? Detail) Visit(AgreementUpgraded change) => ("upgraded", $"{texts.Kind(change.From)} → {texts.Kind(change.To)}");

        public (string Name, string? Detail) Visit(AgreementTerminated change) => ("terminated", Join(change.By.Names.In(texts.Language).Text, change.Reason));

        public (string Name, string? Detail) Visit(AgreementSuperseded change) => ("superseded", change.By.Value);

        public (string Name, string? Detail) Visit(AgreementPartyWithdrew change) =>
            ("party-withdrew", Join(change.Party.Names.In(texts.Language).Text, change.Reason));
    }
}
