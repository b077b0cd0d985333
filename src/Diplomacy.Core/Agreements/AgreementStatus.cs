namespace Diplomacy.Core.Agreements;

/// <summary>
/// Where an agreement stands on a date, derived from its history and term by <see cref="Agreement.StatusOn"/>.
/// Every date has exactly one status.
/// </summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum AgreementStatus
{
    /// <summary>Nothing had happened yet on that date: it is before the proposal (or the signing, when no proposal was recorded). This is the <c>default</c>.</summary>
    None,

    /// <summary>Proposed (or a letter of intent exchanged towards it) but not yet signed.</summary>
    Proposed,

    /// <summary>Signed, but not yet in force: the agreement was signed to enter into force later, and has not.</summary>
    NotYetInForce,

    /// <summary>In force: signed, entered into force, within its term, not suspended, not ended.</summary>
    InForce,

    /// <summary>In force on paper but suspended (a pandemic, a political dispute) and not yet resumed, within its term.</summary>
    Suspended,

    /// <summary>Its term ran out without renewal. Derived from the term, never recorded as an event.</summary>
    Expired,

    /// <summary>Ended by one of the parties. Final.</summary>
    Terminated,

    /// <summary>Replaced by another agreement. Final.</summary>
    Superseded,

    /// <summary>
    /// The date falls inside the uncertainty of a date known only in part, and the status before and after
    /// that date differ: the library does not guess.
    /// </summary>
    Uncertain,
}
