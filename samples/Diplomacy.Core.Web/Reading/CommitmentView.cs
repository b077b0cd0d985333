using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A commitment made on a visit, with its status on the chosen date and whether it is overdue then.</summary>
public sealed record CommitmentView
{
    public required int Number { get; init; }

    public required string What { get; init; }

    public required RegionView OwedBy { get; init; }

    public required RegionView OwedTo { get; init; }

    /// <summary>The due date as written (<c>2025-11</c>, <c>unknown</c>).</summary>
    public required string Due { get; init; }

    public required CommitmentStatus Status { get; init; }

    public required string StatusText { get; init; }

    /// <summary>Whether it is certainly overdue on the date: open, and due before it.</summary>
    public required bool Overdue { get; init; }

    public LocalDate? SettledOn { get; init; }

    public string? DropReason { get; init; }

    public static CommitmentView Of(Commitment commitment, LocalDate date, Texts texts)
    {
        var status = commitment.StatusOn(date);
        return new CommitmentView
        {
            Number = commitment.Number,
            What = commitment.What,
            OwedBy = RegionView.Of(commitment.OwedBy, texts),
            OwedTo = RegionView.Of(commitment.OwedTo, texts),
            Due = commitment.Due.ToString(),
            Status = status,
            StatusText = texts.CommitmentStatus(status),
            Overdue = commitment.IsOverdueOn(date),
            SettledOn = commitment.SettledOn,
            DropReason = commitment.DropReason,
        };
    }
}
