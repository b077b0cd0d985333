namespace Diplomacy.Core.Geography.Rules;

/// <summary>A region cannot be its own ancestor: no region in its parent chain may have its id.</summary>
internal static class RegionCannotBeItsOwnAncestor
{
    public static void Check(RegionId id, Region? parent)
    {
        if (parent is not null && (parent.Id.Equals(id) || parent.Ancestors.Any(a => a.Id.Equals(id))))
        {
            throw new DomainRuleException(
                DomainRule.RegionCannotBeItsOwnAncestor,
                id.Value,
                $"The region {id} cannot lie inside {parent}: a region with the id {id} is already among its ancestors.");
        }
    }
}
