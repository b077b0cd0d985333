namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_retractions</c>: an event taken back, in the order retracted; the event is the retracted row of <c>agreement_events</c> it names.</summary>
internal sealed class AgreementRetractionRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public int EventPosition { get; set; }

    public required string Reason { get; set; }
}
