namespace Diplomacy.Core.Geography;

/// <summary>What <see cref="RegionDirectory.TryAddRange"/> did with the regions of a batch.</summary>
/// <remarks>
/// An accepted batch puts each given region in <see cref="Added"/> or <see cref="Found"/>, parents before their
/// children and otherwise in the order given. <see cref="Refused"/> lists every region refused, not only the first. When
/// something is refused, a batch in <see cref="BatchMode.AllOrNothing"/> mode adds nothing (<see cref="Added"/> is
/// empty, <see cref="Found"/> still says which regions were already there), and one in <see cref="BatchMode.AddAccepted"/>
/// mode adds the others: each given region is then in exactly one of the three lists.
/// </remarks>
public sealed class RegionBatchResult
{
    internal RegionBatchResult(IReadOnlyList<Region> added, IReadOnlyList<Region> found, IReadOnlyList<RegionRefusal> refused)
    {
        Added = added;
        Found = found;
        Refused = refused;
    }

    /// <summary>The regions the batch added.</summary>
    public IReadOnlyList<Region> Added { get; }

    /// <summary>The regions already in the directory, or given earlier in the batch, described the same way.</summary>
    public IReadOnlyList<Region> Found { get; }

    /// <summary>The regions refused, each with the rule it broke; empty when the batch was accepted.</summary>
    public IReadOnlyList<RegionRefusal> Refused { get; }

    /// <summary>Whether the batch was accepted whole: nothing refused, every new region added.</summary>
    public bool IsAccepted => Refused.Count == 0;
}
