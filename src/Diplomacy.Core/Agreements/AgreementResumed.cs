using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>Exchanges under the suspended agreement were resumed.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
public sealed record AgreementResumed(AgreementId AgreementId, PartialDate OccurredOn) : IAgreementEvent;
