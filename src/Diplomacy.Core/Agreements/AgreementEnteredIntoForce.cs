using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement, signed earlier to enter into force later, came into force; its term runs from this day.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
public sealed record AgreementEnteredIntoForce(AgreementId AgreementId, PartialDate OccurredOn) : IAgreementEvent;
