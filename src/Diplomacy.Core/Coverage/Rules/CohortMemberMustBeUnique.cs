using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage.Rules;

/// <summary>A cohort holds each member once: no key, current or former, belongs to two members.</summary>
internal static class CohortMemberMustBeUnique
{
    /// <summary>Checks the members in order; a null member is refused by the name of the members' parameter.</summary>
    public static void Check(string cohort, IEnumerable<CohortMember> members, string membersName)
    {
        var owners = new Dictionary<RegionId, CohortMember>();
        foreach (var member in members)
        {
            Guard.Against.Null(member, membersName);
            foreach (var key in member.Keys)
            {
                if (!owners.TryAdd(key, member))
                {
                    throw new DomainRuleException(
                        DomainRule.CohortMemberMustBeUnique,
                        cohort,
                        $"The cohort '{cohort}' holds {key} twice (in {owners[key]} and {member}): each member once.");
                }
            }
        }
    }
}
