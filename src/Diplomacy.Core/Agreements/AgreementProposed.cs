using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was proposed, or a letter of intent towards it was exchanged; it is not yet signed.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="Kind">The kind of agreement proposed.</param>
public sealed record AgreementProposed(AgreementId AgreementId, PartialDate OccurredOn, AgreementKind Kind) : IAgreementEvent;
