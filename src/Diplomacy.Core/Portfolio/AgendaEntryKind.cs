namespace Diplomacy.Core.Portfolio;

/// <summary>What a date on a home region's agenda is (see <see cref="Register.AgendaOf"/>).</summary>
public enum AgendaEntryKind
{
    /// <summary>An anniversary of a tie's signing; every fifth is a <see cref="AgendaEntry.IsMilestone"/>.</summary>
    Anniversary,

    /// <summary>The notice given ahead of a term's last day, so that a renewal can be prepared.</summary>
    TermEndNotice,

    /// <summary>The last day in force of a tie's term.</summary>
    TermEnds,

    /// <summary>The day a commitment made on a visit is due, whether still open, kept or dropped.</summary>
    CommitmentDue,

    /// <summary>The days of a delegation of the home, out or in, past or planned.</summary>
    Delegation,
}
