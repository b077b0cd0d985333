using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// An anniversary of a tie that falls, or may fall, in a window asked about: the 30th of a 1995 sister-city tie, or
/// the 30th of a tie signed "in October 1993", which falls "in October 2023".
/// </summary>
/// <remarks>
/// Equality is by value (the agreement by reference). <c>default</c> is not an anniversary (number 0). Immutable,
/// and so safe to share between threads. See <see cref="Register.AnniversariesIn"/> for when an anniversary is
/// certain and when it is only possible.
/// </remarks>
/// <param name="Agreement">The agreement.</param>
/// <param name="Number">Which anniversary of its signing: 1 for the first, 30 for the thirtieth.</param>
/// <param name="FallsOn">The days it may fall on, as partly known as the signing (see <see cref="Agreement.AnniversaryFallsOn"/>).</param>
/// <param name="IsCertain">
/// True when the window holds every day it may fall on and the tie is certainly in force or suspended on each; false
/// when it only may fall in the window, or the tie only may be in force or suspended then.
/// </param>
public readonly record struct TieAnniversary(Agreement Agreement, int Number, PartialDate FallsOn, bool IsCertain);
