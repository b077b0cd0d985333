using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>Exchanges under the agreement were suspended.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="Reason">Why.</param>
/// <param name="Note">More about why, when given.</param>
public sealed record AgreementSuspended(AgreementId AgreementId, PartialDate OccurredOn, SuspensionReason Reason, string? Note) : IAgreementEvent;
