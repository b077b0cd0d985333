using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreements</c>: one agreement, in the register's order, with its signing restated from its history for queries.</summary>
internal sealed class AgreementRow
{
    public required string Id { get; set; }

    public int Position { get; set; }

    public string? Title { get; set; }

    public AgreementKind? KindAtSigning { get; set; }

    public string? SignedOn { get; set; }

    public LocalDate? SignedEarliest { get; set; }

    public LocalDate? SignedLatest { get; set; }

    public bool IsDistinct { get; set; }

    public LocalDateTime? CeremonyLocal { get; set; }

    public string? CeremonyZone { get; set; }

    public int? CeremonyOffsetSeconds { get; set; }
}
