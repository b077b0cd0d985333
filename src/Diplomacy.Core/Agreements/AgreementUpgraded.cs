using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was upgraded to a deeper kind, which it is from this day.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="From">The kind before, as the whole history stands: restated when an upgrade learned late, or retracted, comes before it.</param>
/// <param name="To">The deeper kind after.</param>
public sealed record AgreementUpgraded(AgreementId AgreementId, PartialDate OccurredOn, AgreementKind From, AgreementKind To) : IAgreementEvent;
