using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>An anniversary of an agreement's signing: which one, and the day it falls on.</summary>
/// <remarks>
/// Equality is by value. <c>default</c> is not an anniversary (number 0). Immutable, and so safe to share
/// between threads. See <see cref="Agreement.Anniversary(int)"/> for the rule of a signing on 29 February.
/// </remarks>
/// <param name="Number">Which anniversary: 1 for the first, 30 for the thirtieth.</param>
/// <param name="Date">The day it falls on.</param>
public readonly record struct AgreementAnniversary(int Number, LocalDate Date);
