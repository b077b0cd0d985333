namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_parties</c>: one party of an agreement, in order, with the agency that signed for it.</summary>
internal sealed class AgreementPartyRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public required string RegionId { get; set; }

    public string? SigningAgency { get; set; }
}
