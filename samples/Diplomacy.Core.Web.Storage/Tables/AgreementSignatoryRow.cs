namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_signatories</c>: who signed, for which party.</summary>
internal sealed class AgreementSignatoryRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string Title { get; set; }

    public required string PartyRegionId { get; set; }
}
