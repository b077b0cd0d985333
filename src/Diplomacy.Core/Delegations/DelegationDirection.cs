namespace Diplomacy.Core.Delegations;

/// <summary>Which way a <see cref="Delegation"/> travels, seen from its home region.</summary>
public enum DelegationDirection
{
    /// <summary>The home region's own people travel out to other places and come back.</summary>
    Outbound,

    /// <summary>Visitors from another region (the delegation's origin) come to the home region.</summary>
    Inbound,
}
