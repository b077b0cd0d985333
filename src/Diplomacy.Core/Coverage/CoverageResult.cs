using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// How much of a cohort a home region covered on a date: the covered members each with the agreements that
/// cover it, the uncertain members, the missing ones, and the count, total and ratio ("3 of 4").
/// </summary>
/// <remarks>
/// <para>
/// Every member of the cohort is in exactly one of <see cref="Covered"/>, <see cref="Uncertain"/> and
/// <see cref="Missing"/>, each in the cohort's order. A member the register does not hold as a region is missing:
/// it is in the cohort, but no tie with it can exist.
/// </para>
/// <para>
/// <see cref="ToString"/> reads <c>3 of 4</c> and <see cref="ToText(LanguageTag)"/> reads in the languages of
/// <see cref="TextLanguages"/> (<c>4곳 중 3곳</c>, <c>4か所中3か所</c>, <c>4个中的3个</c>); a count with uncertain members says so (<c>0 of 4 (3 uncertain)</c>), see
/// <see cref="CoverageCount"/>. For any other wording, build it from <see cref="Count"/> and <see cref="Total"/>.
/// </para>
/// <para>
/// One member's coverage is read by its region (<c>result[region]</c>) or by any of its keys
/// (<c>result.For(key)</c>); both throw <see cref="KeyNotFoundException"/> for a region or key that is not a
/// member of the cohort, and the <c>TryGet</c> forms answer false instead.
/// Immutable, and so safe to share between threads. Equality is by reference. It is an answer as of the moment it
/// was asked, not a live view: a change recorded later (even an event dated before <see cref="Date"/>) shows in a
/// new answer, not in this one, while the agreements it lists are the live ones.
/// </para>
/// </remarks>
public sealed class CoverageResult
{
    internal CoverageResult(Region home, Cohort cohort, LocalDate date, CoverageCriteria criteria, ImmutableArray<MemberCoverage> members)
    {
        Home = home;
        Cohort = cohort;
        Date = date;
        Criteria = criteria;
        Members = members;
        Covered = [.. members.Where(member => member.Outcome == CoverageOutcome.Covered)];
        Uncertain = [.. members.Where(member => member.Outcome == CoverageOutcome.Uncertain)];
        Missing = [.. members.Where(member => member.Outcome == CoverageOutcome.Missing)];
    }

    /// <summary>The home region whose ties were counted.</summary>
    public Region Home { get; }

    /// <summary>The cohort measured.</summary>
    public Cohort Cohort { get; }

    /// <summary>The date of the coverage.</summary>
    public LocalDate Date { get; }

    /// <summary>The criteria a tie had to meet.</summary>
    public CoverageCriteria Criteria { get; }

    /// <summary>Every member, in the cohort's order, with its outcome.</summary>
    public ImmutableArray<MemberCoverage> Members { get; }

    /// <summary>The covered members, each with the agreements that cover it.</summary>
    public ImmutableArray<MemberCoverage> Covered { get; }

    /// <summary>The members no tie certainly covers but one could (a date known only in part); not counted as covered.</summary>
    public ImmutableArray<MemberCoverage> Uncertain { get; }

    /// <summary>The members no tie covers or could cover, and the members the register does not hold.</summary>
    public ImmutableArray<MemberCoverage> Missing { get; }

    /// <summary>How many members are covered.</summary>
    public int Count => Covered.Length;

    /// <summary>How many members the cohort has.</summary>
    public int Total => Members.Length;

    /// <summary>The share of members covered, from 0 to 1.</summary>
    public double Ratio => Tally.Ratio;

    /// <summary>The numbers alone: covered, uncertain and total.</summary>
    public CoverageCount Tally => new(Count, Uncertain.Length, Total);

    /// <summary>The coverage in English, for example <c>3 of 4</c>, or <c>0 of 4 (3 uncertain)</c> when some members are uncertain.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Tally.ToString();

    /// <summary>
    /// The coverage in a language of <see cref="TextLanguages"/>: <c>3 of 4</c> in English, <c>4곳 중 3곳</c> in Korean,
    /// <c>4か所中3か所</c> in Japanese, <c>4个中的3个</c> in Simplified Chinese, English for a language not shipped;
    /// uncertain members, when there are any, in brackets (<c>4곳 중 0곳 (3곳 불확실)</c>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language) => Tally.ToText(language);

    /// <summary>The coverage of the cohort member a region is.</summary>
    /// <param name="region">The region; it may be a member the register does not hold (then missing).</param>
    /// <returns>The member's coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The region is not a member of the cohort.</exception>
    public MemberCoverage this[Region region] =>
        TryGet(region, out var member)
            ? member
            : throw new KeyNotFoundException($"{region} is not a member of the cohort {Cohort}.");

    /// <summary>The coverage of the cohort member with a key: its current key or one it was known by before.</summary>
    /// <param name="key">The key, for example <c>CN-SH</c> or <c>CN-31</c>; case does not matter.</param>
    /// <returns>The member's coverage.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No member of the cohort has that key.</exception>
    public MemberCoverage For(RegionId key) =>
        TryGet(key, out var member)
            ? member
            : throw new KeyNotFoundException($"No member of the cohort {Cohort} has the key {key}.");

    /// <summary>Finds the coverage of the cohort member a region is.</summary>
    /// <param name="region">The region.</param>
    /// <param name="member">The member's coverage, when the region is a member.</param>
    /// <returns>Whether the region is a member of the cohort.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public bool TryGet(Region region, [MaybeNullWhen(false)] out MemberCoverage member) =>
        TryFind(Cohort.MemberFor(region), out member);

    /// <summary>Finds the coverage of the cohort member with a key, current or former.</summary>
    /// <param name="key">The key; case does not matter.</param>
    /// <param name="member">The member's coverage, when a member has that key.</param>
    /// <returns>Whether a member of the cohort has that key.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public bool TryGet(RegionId key, [MaybeNullWhen(false)] out MemberCoverage member)
    {
        Guard.Against.Default(key);
        return TryFind(Cohort.Members.FirstOrDefault(candidate => candidate.Keys.Contains(key)), out member);
    }

    /// <summary>Whether two results say the same of every member: the same outcomes with the same agreements.</summary>
    internal bool SaysTheSameAs(CoverageResult other) => Members.SequenceEqual(other.Members);

    private bool TryFind(CohortMember? cohortMember, [MaybeNullWhen(false)] out MemberCoverage member)
    {
        member = Members.FirstOrDefault(candidate => candidate.Member.Equals(cohortMember));
        return member is not null;
    }
}
