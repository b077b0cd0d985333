using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>engagements</c>: one engagement at a stop, local to the stop's place, with a column for each value an engagement type carries.</summary>
internal sealed class EngagementRow
{
    public required string DelegationId { get; set; }

    public int StopPosition { get; set; }

    public int Position { get; set; }

    public StoredEngagementType EngagementType { get; set; }

    public LocalDateTime At { get; set; }

    public string? Subject { get; set; }

    public string? AgreementId { get; set; }

    public string? Title { get; set; }

    public string? HostName { get; set; }

    public string? HostField { get; set; }

    public string? EventName { get; set; }

    public string? Item { get; set; }

    public int? Quantity { get; set; }

    public string? Recipient { get; set; }

    public GiftDirection? GiftDirection { get; set; }

    public decimal? ValueAmount { get; set; }

    public string? ValueCurrency { get; set; }

    public GiftDispositionKind? DispositionKind { get; set; }

    public string? DispositionNote { get; set; }
}
