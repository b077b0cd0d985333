using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The caller's policy requires an approval for the proposal's kind (<see cref="SigningPolicy.ApprovalRequiredFor"/>),
/// and none by the required body stands in its history certainly on or before the day checked.
/// </summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="Kind">The proposal's kind, which needs the approval.</param>
/// <param name="Body">The body whose approval is required, or null when any body's counts.</param>
public sealed record ApprovalMissingWarning(AgreementKind Kind, string? Body) : SigningWarning;
