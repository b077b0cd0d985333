using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// A run of days on which an agreement has one status and one kind, and the same possibilities: one piece of
/// <see cref="Agreement.StatusTimeline"/>.
/// </summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are both <b>inclusive</b>; the first span of a timeline starts on
/// <see cref="LocalDate.MinIsoValue"/> and the last has no <see cref="To"/>. Equality is by value.
/// Immutable, and so safe to share between threads.
/// </remarks>
/// <param name="From">The first day of the span (inclusive).</param>
/// <param name="To">The last day of the span (inclusive), or null when the span never ends.</param>
/// <param name="Status">The status on every day of the span.</param>
/// <param name="Kind">The kind on every day of the span, or null when it is uncertain (see <see cref="Agreement.KindOn"/>).</param>
/// <param name="Possibilities">
/// Every status and kind the agreement may have on every day of the span (see <see cref="Agreement.PossibilitiesOn"/>);
/// a span ends where they change, so two neighbours may show the same uncertain status and kind.
/// </param>
public readonly record struct AgreementStatusSpan(LocalDate From, LocalDate? To, AgreementStatus Status, AgreementKind? Kind, AgreementPossibilities Possibilities);
