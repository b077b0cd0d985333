using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Portfolio;

/// <summary>A gift between a home and one partner, with the visit it was handed over on and which way it went.</summary>
/// <remarks>Equality is by value (the delegation by reference). Immutable, and so safe to share between threads.</remarks>
/// <param name="Gift">The gift.</param>
/// <param name="Delegation">The visit it was handed over on.</param>
/// <param name="Received">
/// True when the home received it: a gift recorded on an inbound visit is the visitors' (what a delegation does at a stop
/// is the delegation's act); false when the home gave it, on an outbound visit at a stop in the partner.
/// </param>
public sealed record DossierGift(Gift Gift, Delegation Delegation, bool Received);
