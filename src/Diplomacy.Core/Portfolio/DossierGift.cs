using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Portfolio;

/// <summary>A gift between a home and one partner, with the visit it was handed over on and which way it went.</summary>
/// <remarks>Equality is by value (the delegation by reference). Immutable, and so safe to share between threads.</remarks>
/// <param name="Gift">The gift.</param>
/// <param name="Delegation">The visit it was handed over on.</param>
/// <param name="Received">
/// True when the home received it, false when the home gave it. One rule, from the gift's <see cref="Gift.Direction"/>
/// and the visit's: on an outbound visit the delegation is the home's, so a gift it handed over the home gave and a
/// gift it was handed the home received; on an inbound visit the delegation is the partner's, so the other way round.
/// </param>
public sealed record DossierGift(Gift Gift, Delegation Delegation, bool Received);
