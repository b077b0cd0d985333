namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_sources</c>: a source of the agreement as a whole (no event position) or of one event.</summary>
internal sealed class AgreementSourceRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public int? EventPosition { get; set; }

    public string? Url { get; set; }

    public string? Citation { get; set; }
}
