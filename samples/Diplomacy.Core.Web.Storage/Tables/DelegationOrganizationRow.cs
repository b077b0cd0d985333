namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>delegation_organizations</c>: an organization taking part.</summary>
internal sealed class DelegationOrganizationRow
{
    public required string DelegationId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? Field { get; set; }
}
