using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// A region the caller does not want as a partner, with why: a rival's partner, a region on a restricted list, a
/// partner whose tie was broken over a dispute. <see cref="SigningPolicy.ConflictingRegions"/> lists them.
/// </summary>
/// <remarks>Equality is by value (the region by id). Immutable, and so safe to share between threads.</remarks>
public sealed record ConflictingRegion
{
    /// <summary>Lists a region as conflicting.</summary>
    /// <param name="region">The region.</param>
    /// <param name="reason">Why it conflicts, as the caller's policy gives it; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    public ConflictingRegion(Region region, string reason)
    {
        Region = Guard.Against.Null(region);
        Reason = Guard.Against.NullOrWhiteSpace(reason).Trim();
    }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>Why it conflicts.</summary>
    public string Reason { get; }
}
