using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio.Checks;

/// <summary>
/// A partner conflicts when the caller lists it, a region inside it or a region it lies in as conflicting: a tie with
/// Pudong is a tie inside Shanghai, and one with Shanghai holds Pudong.
/// </summary>
internal static class PartnerConflicts
{
    public static IEnumerable<ConflictingPartnerWarning> Find(IReadOnlyList<ConflictingRegion> listed, Region partner)
    {
        foreach (var conflict in listed)
        {
            if (RegionLine.Relation(conflict.Region, partner) is { } relation)
            {
                yield return new ConflictingPartnerWarning(partner, conflict, relation);
            }
        }
    }
}
