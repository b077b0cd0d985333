namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>The type of an event as <c>agreement_events.event_type</c> names it, one per event record of the core.</summary>
internal enum StoredEventType
{
    /// <summary><see cref="Agreements.AgreementProposed"/>.</summary>
    Proposed,

    /// <summary><see cref="Agreements.AgreementSigned"/>.</summary>
    Signed,

    /// <summary><see cref="Agreements.AgreementEnteredIntoForce"/>.</summary>
    EnteredIntoForce,

    /// <summary><see cref="Agreements.AgreementSuspended"/>.</summary>
    Suspended,

    /// <summary><see cref="Agreements.AgreementResumed"/>.</summary>
    Resumed,

    /// <summary><see cref="Agreements.AgreementRenewed"/>.</summary>
    Renewed,

    /// <summary><see cref="Agreements.AgreementUpgraded"/>.</summary>
    Upgraded,

    /// <summary><see cref="Agreements.AgreementTerminated"/>.</summary>
    Terminated,

    /// <summary><see cref="Agreements.AgreementSuperseded"/>.</summary>
    Superseded,

    /// <summary><see cref="Agreements.AgreementPartyWithdrew"/>.</summary>
    PartyWithdrew,

    /// <summary>
    /// <see cref="Agreements.AgreementApproved"/>: the approving body in <c>reason</c> and the resolution in <c>note</c>,
    /// the required and the optional text column every event row has, so that the new event needed no change of the tables.
    /// </summary>
    Approved,
}
