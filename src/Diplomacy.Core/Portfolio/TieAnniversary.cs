using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>An anniversary of a tie that falls in a window asked about: the 30th of a 1995 sister-city tie.</summary>
/// <remarks>Equality is by value (the agreement by reference). Immutable, and so safe to share between threads.</remarks>
/// <param name="Agreement">The agreement.</param>
/// <param name="Anniversary">Which anniversary of its signing, and the day it falls on.</param>
public readonly record struct TieAnniversary(Agreement Agreement, AgreementAnniversary Anniversary);
