namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>engagement_parties</c>: a party of a signing at a stop.</summary>
internal sealed class EngagementPartyRow
{
    public required string DelegationId { get; set; }

    public int StopPosition { get; set; }

    public int EngagementPosition { get; set; }

    public int Position { get; set; }

    public required string RegionId { get; set; }
}
