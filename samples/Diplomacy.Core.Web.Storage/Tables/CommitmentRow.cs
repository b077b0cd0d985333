using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>commitments</c>: who owes what to whom by when, and how it was settled; numbered from 1 as the delegation numbers them.</summary>
internal sealed class CommitmentRow
{
    public required string DelegationId { get; set; }

    public int Number { get; set; }

    public required string OwedByRegionId { get; set; }

    public required string OwedToRegionId { get; set; }

    public required string What { get; set; }

    public required string Due { get; set; }

    public LocalDate? DueEarliest { get; set; }

    public LocalDate? DueLatest { get; set; }

    public CommitmentStatus Status { get; set; }

    public LocalDate? SettledOn { get; set; }

    public string? DropReason { get; set; }
}
