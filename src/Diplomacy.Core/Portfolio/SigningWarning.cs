namespace Diplomacy.Core.Portfolio;

/// <summary>
/// One thing found by <see cref="Register.ChecksBeforeSigning"/> that the office should weigh before it signs: a
/// warning, not a refusal. Each kind of finding is its own sealed type, which names what was found:
/// <see cref="AlreadyTiedWarning"/>, <see cref="LapsedTieWarning"/>, <see cref="ConflictingPartnerWarning"/> and
/// <see cref="ApprovalMissingWarning"/>.
/// </summary>
/// <remarks>Equality is by value (agreements by reference, regions by id). Immutable, and so safe to share between threads.</remarks>
public abstract record SigningWarning;
