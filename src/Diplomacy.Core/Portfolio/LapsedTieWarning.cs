using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The home and the partner had a tie that has lapsed by the day checked (its term ran out, or a party ended it), and
/// nothing binds them now: renewing or reviving it may serve instead of a new agreement.
/// </summary>
/// <remarks>Equality is by value (the agreement by reference, the region by id). Immutable, and so safe to share between threads.</remarks>
/// <param name="Partner">The partner of the proposal.</param>
/// <param name="Tie">The lapsed tie between the home and the partner.</param>
/// <param name="Status">Its status on the day checked: <see cref="AgreementStatus.Expired"/> or <see cref="AgreementStatus.Terminated"/>.</param>
public sealed record LapsedTieWarning(Region Partner, Agreement Tie, AgreementStatus Status) : SigningWarning;
