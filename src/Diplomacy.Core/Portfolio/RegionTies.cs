using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// A region's two lists in the register's index: the ties it is a party to, and the ties within it (its own and those
/// of the places inside it). One entry holds both, so that filing a tie looks a party up once.
/// </summary>
/// <remarks>
/// The ties within a region are its own ties until a tie of a place inside it arrives: until then <see cref="Within"/>
/// is null and the own list answers for both, which for the many regions with nothing inside them halves the index.
/// </remarks>
internal struct RegionTies
{
    /// <summary>The ties the region is a party to, or null while it has none.</summary>
    public List<Agreement>? Own;

    /// <summary>The ties within the region, once a place inside it has one; null while they are its own ties.</summary>
    public List<Agreement>? Within;

    /// <summary>The region's own ties, or with <paramref name="includeSubregions"/> the ties within it; null for none.</summary>
    public readonly List<Agreement>? Ties(bool includeSubregions) => includeSubregions ? Within ?? Own : Own;
}
