using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was signed. Unless it awaits a separate entry into force, it is in force from this day.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="Kind">The kind of agreement signed.</param>
/// <param name="Place">Where it was signed, when known.</param>
/// <param name="Term">Its term, or null when it runs without one.</param>
/// <param name="EntersIntoForceOnSigning">Whether it is in force from the signing day; otherwise it awaits an <see cref="AgreementEnteredIntoForce"/>.</param>
public sealed record AgreementSigned(AgreementId AgreementId, PartialDate OccurredOn, AgreementKind Kind, Region? Place, AgreementTerm? Term, bool EntersIntoForceOnSigning) : IAgreementEvent;
