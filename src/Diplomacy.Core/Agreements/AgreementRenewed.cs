using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was renewed with a new term, which runs from this day; an expired agreement is revived by it.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="Term">The new term.</param>
public sealed record AgreementRenewed(AgreementId AgreementId, PartialDate OccurredOn, AgreementTerm Term) : IAgreementEvent;
