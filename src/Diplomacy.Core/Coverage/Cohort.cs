using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Diplomacy.Core.Coverage.Rules;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// A named set of regions a government cares about covering: China's four direct-administered
/// municipalities, Korea's 17 first-level divisions, Japan's 47 prefectures, or a user's own list (any
/// regions, cities too).
/// </summary>
/// <remarks>
/// <para>
/// A cohort holds member keys, not regions, so that a built-in cohort needs no geography data: the
/// register resolves each member to a region when it measures coverage, and a member it does not know is
/// simply missing. <see cref="BuiltInCohorts"/> lists the built-in ones.
/// </para>
/// <para>
/// A cohort has at least one member and no member twice: no key (current or former) may belong to two
/// members. Immutable and safe to share between threads; equality is by reference.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var cohort = Cohort.Of("Gyeonggi's sister provinces in China", [shandong, liaoning, guangdong]);
/// var municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities; // CN-BJ, CN-TJ, CN-SH, CN-CQ
/// </code>
/// </example>
public sealed class Cohort
{
    private Cohort(string name, ImmutableArray<CohortMember> members)
    {
        Name = name;
        Members = members;
    }

    /// <summary>The cohort's name, for people.</summary>
    public string Name { get; }

    /// <summary>The members, in the order given.</summary>
    public ImmutableArray<CohortMember> Members { get; }

    /// <summary>How many members the cohort has.</summary>
    public int Count => Members.Length;

    /// <summary>Creates a cohort of members given by key.</summary>
    /// <param name="name">The cohort's name.</param>
    /// <param name="members">The members.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="DomainRuleException">
    /// There is no member (<see cref="DomainRule.CohortMustHaveMembers"/>), or a key belongs to two members
    /// (<see cref="DomainRule.CohortMemberMustBeUnique"/>).
    /// </exception>
    public static Cohort Of(string name, IEnumerable<CohortMember> members)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(members);
        var list = members.ToImmutableArray();
        CohortMustHaveMembers.Check(name, list);
        CohortMemberMustBeUnique.Check(name, list, nameof(members));
        return new Cohort(name.Trim(), list);
    }

    /// <summary>Creates a cohort of the given regions.</summary>
    /// <param name="name">The cohort's name.</param>
    /// <param name="regions">The regions; each becomes a member with its id and former codes as keys.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentNullException">An argument or a region is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="DomainRuleException">
    /// There is no region (<see cref="DomainRule.CohortMustHaveMembers"/>), or a region is given twice
    /// (<see cref="DomainRule.CohortMemberMustBeUnique"/>).
    /// </exception>
    public static Cohort Of(string name, IEnumerable<Region> regions)
    {
        Guard.Against.Null(regions);
        return Of(name, regions.Select(region => CohortMember.For(Guard.Against.Null(region, nameof(regions)))));
    }

    /// <summary>The member a region is, if any.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The member that matches the region, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public CohortMember? MemberFor(Region region)
    {
        Guard.Against.Null(region);
        foreach (var member in Members)
        {
            if (member.Matches(region))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The name and the size, for example <c>China's direct-administered municipalities (4)</c>.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString() => $"{Name} ({Count})";
}
