namespace Diplomacy.Core.Delegations;

/// <summary>
/// Which way a <see cref="Gift"/> went, seen from the delegation that records it. Which way it went for the home region
/// follows from this and the delegation's direction (see <see cref="Portfolio.DossierGift.Received"/>).
/// </summary>
public enum GiftDirection
{
    /// <summary>The delegation handed it over to its hosts (or, for an inbound delegation, to the home region's people).</summary>
    ByDelegation,

    /// <summary>The delegation was handed it by its hosts (or, for an inbound delegation, by the home region's people).</summary>
    ToDelegation,
}
