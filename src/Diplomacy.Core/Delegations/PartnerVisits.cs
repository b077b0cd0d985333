using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// How many delegations went to a partner and how many came from it, in a period: the reciprocity of a tie.
/// </summary>
/// <remarks>
/// <see cref="Outbound"/> counts the recorded outbound delegations that stopped in the partner (or a place
/// inside it) at least once; <see cref="Inbound"/> the inbound ones whose visitors came from it. A delegation
/// counts once however many stops it made there. Equality is by value (the partner by its id).
/// <c>default(PartnerVisits)</c> has no partner and zero counts. Immutable and thread-safe.
/// </remarks>
/// <param name="Partner">The partner region.</param>
/// <param name="Outbound">Delegations that went to it.</param>
/// <param name="Inbound">Delegations that came from it.</param>
public readonly record struct PartnerVisits(Region Partner, int Outbound, int Inbound)
{
    /// <summary>All the visits, both ways.</summary>
    public int Total => Outbound + Inbound;
}
