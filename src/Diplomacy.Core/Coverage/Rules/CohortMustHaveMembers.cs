using System.Collections.Immutable;

namespace Diplomacy.Core.Coverage.Rules;

/// <summary>A cohort has at least one member.</summary>
internal static class CohortMustHaveMembers
{
    public static void Check(string cohort, ImmutableArray<CohortMember> members)
    {
        if (members.IsEmpty)
        {
            throw new DomainRuleException(DomainRule.CohortMustHaveMembers, cohort, $"The cohort '{cohort}' has no member: a cohort needs at least one.");
        }
    }
}
