using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// One member of a <see cref="Cohort"/>: the key of a region (its id or ISO code), and keys it was known by
/// before (Shanghai is <c>CN-SH</c>, formerly <c>CN-31</c>).
/// </summary>
/// <remarks>
/// A member matches a region when any of the member's keys equals the region's id, its ISO 3166-2 code or
/// one of its former codes, ignoring case. So a register that still records Shanghai as <c>CN-31</c> is
/// matched by the built-in member <c>CN-SH</c>. Equality is by value (the same keys, in order).
/// </remarks>
public sealed record CohortMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="key">The member's current key.</param>
    /// <param name="formerKeys">Keys the member was known by before.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> or a former key is <c>default</c>.</exception>
    public CohortMember(RegionId key, params IEnumerable<RegionId> formerKeys)
    {
        Key = Guard.Against.Default(key);
        FormerKeys = [.. Guard.Against.Null(formerKeys)];
        foreach (var formerKey in FormerKeys)
        {
            Guard.Against.Default(formerKey, nameof(formerKeys));
        }
    }

    /// <summary>The member's current key, for example <c>CN-SH</c>.</summary>
    public RegionId Key { get; }

    /// <summary>Keys the member was known by before, for example <c>CN-31</c>.</summary>
    public ImmutableArray<RegionId> FormerKeys { get; }

    /// <summary>Every key of the member, the current one first.</summary>
    public IEnumerable<RegionId> Keys => FormerKeys.Prepend(Key);

    /// <summary>The member that stands for a region: its id, with its former ISO codes as former keys.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public static CohortMember For(Region region)
    {
        Guard.Against.Null(region);
        return new CohortMember(region.Id, region.FormerSubdivisionCodes.Select(RegionId.For));
    }

    /// <summary>Whether a region is this member: one of the member's keys is the region's id or one of its ISO codes.</summary>
    /// <param name="region">The region.</param>
    /// <returns>True when they match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public bool Matches(Region region)
    {
        Guard.Against.Null(region);
        foreach (var key in Keys)
        {
            if (key.Equals(region.Id)
                || (region.SubdivisionCode is { } code && key.Equals(RegionId.For(code)))
                || region.FormerSubdivisionCodes.Any(former => key.Equals(RegionId.For(former))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The current key.</summary>
    /// <returns>The key's text.</returns>
    public override string ToString() => Key.Value;
}
