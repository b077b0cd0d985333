using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>delegations</c>: one delegation, in the order recorded; the trip's start and end are local to the home region; a budget or cost is its amount and currency, both or neither.</summary>
internal sealed class DelegationRow
{
    public required string Id { get; set; }

    public int Position { get; set; }

    public DelegationDirection Direction { get; set; }

    public required string HomeRegionId { get; set; }

    public string? OriginRegionId { get; set; }

    public required string Purpose { get; set; }

    public LocalDateTime Start { get; set; }

    public LocalDateTime End { get; set; }

    public decimal? BudgetAmount { get; set; }

    public string? BudgetCurrency { get; set; }

    public decimal? ActualCostAmount { get; set; }

    public string? ActualCostCurrency { get; set; }
}
