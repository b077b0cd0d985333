namespace Diplomacy.Core.Delegations;

/// <summary>Where a <see cref="Commitment"/> stands.</summary>
public enum CommitmentStatus
{
    /// <summary>Not yet kept, nor given up. Every commitment starts open.</summary>
    Open,

    /// <summary>Kept, on the date in <see cref="Commitment.SettledOn"/>.</summary>
    Done,

    /// <summary>Given up, on the date in <see cref="Commitment.SettledOn"/>, for the reason in <see cref="Commitment.DropReason"/>.</summary>
    Dropped,
}
