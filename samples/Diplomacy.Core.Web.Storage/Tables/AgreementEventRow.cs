using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_events</c>: one event of an agreement's history (or one retracted), with a column for each value an event type carries.</summary>
internal sealed class AgreementEventRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public StoredEventType EventType { get; set; }

    public bool IsRetracted { get; set; }

    public required string OccurredOn { get; set; }

    public LocalDate? OccurredEarliest { get; set; }

    public LocalDate? OccurredLatest { get; set; }

    public AgreementKind? Kind { get; set; }

    public AgreementKind? UpgradedFrom { get; set; }

    public AgreementKind? UpgradedTo { get; set; }

    public string? PlaceId { get; set; }

    public string? TermLength { get; set; }

    public LocalDate? TermLastDay { get; set; }

    public bool? TermRenewsAutomatically { get; set; }

    public bool? EntersIntoForceOnSigning { get; set; }

    public SuspensionReason? SuspensionReason { get; set; }

    public string? Note { get; set; }

    public string? Reason { get; set; }

    public string? ByRegionId { get; set; }

    public string? PartyRegionId { get; set; }

    public string? SupersededBy { get; set; }
}
