using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>A term of an agreement that ends in a window asked about, so that someone renews it in time.</summary>
/// <remarks>Equality is by value (the agreement by reference). Immutable, and so safe to share between threads.</remarks>
/// <param name="Agreement">The agreement.</param>
/// <param name="LastDay">The last day (inclusive) of the term; from the next day the agreement is expired unless renewed.</param>
public readonly record struct TermEnding(Agreement Agreement, LocalDate LastDay);
