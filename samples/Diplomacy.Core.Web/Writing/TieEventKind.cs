namespace Diplomacy.Core.Web.Writing;

/// <summary>The events an editor may record on a tie: the core's agreement commands.</summary>
public enum TieEventKind
{
    /// <summary>A body's approval of a proposed tie, before it is signed (<see cref="Agreements.Agreement.Approve"/>).</summary>
    Approve,

    /// <summary>A proposed tie signed (<see cref="Agreements.Agreement.Sign(Calendar.PartialDate, Agreements.SigningDetails)"/>).</summary>
    Sign,

    /// <summary>Exchanges suspended (<see cref="Agreements.Agreement.Suspend"/>).</summary>
    Suspend,

    /// <summary>A suspension lifted (<see cref="Agreements.Agreement.Resume"/>).</summary>
    Resume,

    /// <summary>A new term signed (<see cref="Agreements.Agreement.Renew"/>).</summary>
    Renew,

    /// <summary>A deeper kind agreed (<see cref="Agreements.Agreement.Upgrade"/>).</summary>
    Upgrade,

    /// <summary>Ended by a party (<see cref="Agreements.Agreement.Terminate"/>).</summary>
    Terminate,

    /// <summary>
    /// An event recorded in error taken back (<see cref="Agreements.Agreement.Retract"/>): the correction an editor makes,
    /// which keeps the retraction and its reason in the tie's facts instead of erasing the event.
    /// </summary>
    Retract,
}
