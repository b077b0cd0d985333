namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_contacts</c>: a contact person a party designated.</summary>
internal sealed class AgreementContactRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string PartyRegionId { get; set; }

    public string? Field { get; set; }

    public string? Title { get; set; }
}
