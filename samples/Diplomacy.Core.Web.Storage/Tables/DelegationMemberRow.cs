namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>delegation_members</c>: a member, the head at position 0.</summary>
internal sealed class DelegationMemberRow
{
    public required string DelegationId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string Title { get; set; }

    public required string Role { get; set; }
}
