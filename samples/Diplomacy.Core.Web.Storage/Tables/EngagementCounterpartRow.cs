namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>engagement_counterparts</c>: whom a meeting met.</summary>
internal sealed class EngagementCounterpartRow
{
    public required string DelegationId { get; set; }

    public int StopPosition { get; set; }

    public int EngagementPosition { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string Title { get; set; }
}
