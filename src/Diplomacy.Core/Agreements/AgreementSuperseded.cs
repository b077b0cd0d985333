using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was replaced by another agreement. Final.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="By">The agreement that replaced it.</param>
public sealed record AgreementSuperseded(AgreementId AgreementId, PartialDate OccurredOn, AgreementId By) : IAgreementEvent;
