using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// One side of an agreement: a region, and optionally the agency of its government that signed for it
/// (a commerce commission, a development zone's management committee).
/// </summary>
/// <remarks>
/// Equality is by value: the same region (by id) and the same agency text, compared ordinally. An agreement
/// treats two parties with the same region as the same party whatever their agencies. Immutable, and so
/// safe to share between threads.
/// </remarks>
public sealed record Party
{
    // A party is immutable and equal by value, so a region's government is one party shared by every agreement that
    // converts the region, and a million ties need not hold a million copies. The table holds it no longer than the
    // region lives, and is safe from many threads (two racing threads may both build one; one is kept).
    private static readonly ConditionalWeakTable<Region, Party> Governments = new();

    /// <summary>Creates a party.</summary>
    /// <param name="region">The region whose government is bound.</param>
    /// <param name="signingAgency">The agency that signed for the region, or null when the government itself signed; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="signingAgency"/> is empty or white space.</exception>
    public Party(Region region, string? signingAgency = null)
    {
        Region = Guard.Against.Null(region);
        SigningAgency = signingAgency is null ? null : Guard.Against.NullOrWhiteSpace(signingAgency).Trim();
    }

    /// <summary>The region whose government is bound.</summary>
    public Region Region { get; }

    /// <summary>The agency that signed for the region, or null when the government itself signed.</summary>
    public string? SigningAgency { get; }

    /// <summary>A party for a region's government itself.</summary>
    /// <param name="region">The region.</param>
    public static implicit operator Party(Region region) => Government(region);

    /// <summary>A party for a region's government itself; the same as the constructor without an agency.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public static Party FromRegion(Region region) => Government(region);

    private static Party Government(Region region) =>
        Governments.GetValue(Guard.Against.Null(region), static key => new Party(key));
}
