using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Portfolio;

/// <summary>A term of an agreement that ends, or may end, in a window asked about, so that someone renews it in time.</summary>
/// <remarks>Equality is by value (the agreement by reference). Immutable, and so safe to share between threads.</remarks>
/// <param name="Agreement">The agreement.</param>
/// <param name="LastDay">
/// The last day (inclusive) of the term; from the next day the agreement is expired unless renewed. Exact for a term
/// that started on a known day or runs until a stated day; a range for a term that started on a day known in part.
/// </param>
/// <param name="IsCertain">
/// True when the window holds every day the term may end on and nothing recorded can end or replace the term first;
/// false when the term only may end in the window.
/// </param>
public readonly record struct TermEnding(Agreement Agreement, PartialDate LastDay, bool IsCertain);
