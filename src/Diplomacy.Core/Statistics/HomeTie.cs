using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// One tie as the statistics count it: one agreement seen from one pair of a home-side party and a partner. A
/// trilateral agreement of the home with two partners is two ties.
/// </summary>
internal readonly record struct HomeTie(Agreement Agreement, Region HomeParty, Region Partner)
{
    /// <summary>The ties of a home region's agreements: each home-side party paired with each party outside the home side.</summary>
    public static IEnumerable<HomeTie> Of(IEnumerable<Agreement> agreements, Region home, bool includeSubregions)
    {
        foreach (var agreement in agreements)
        {
            foreach (var near in agreement.Parties)
            {
                if (!HomeSide.Includes(near.Region, home, includeSubregions))
                {
                    continue;
                }

                foreach (var far in agreement.Parties)
                {
                    if (!HomeSide.Includes(far.Region, home, includeSubregions))
                    {
                        yield return new HomeTie(agreement, near.Region, far.Region);
                    }
                }
            }
        }
    }

    /// <summary>
    /// What this tie does on a date under criteria, strictly: its possible (status, kind) pairs read against the
    /// criteria, as a coverage reads them, and nothing once either party has withdrawn.
    /// </summary>
    public TieQualification JudgeOn(LocalDate date, CoverageCriteria criteria) =>
        TieBinding.Limit(criteria.JudgeStatusAndKind(Agreement, date), Agreement, HomeParty, Partner, date);

    /// <summary>The first-level division a region is or lies in, or null (a country, a place with no such parent).</summary>
    public static Region? FirstLevelDivisionOf(Region region)
    {
        if (region.IsFirstLevelDivision)
        {
            return region;
        }

        foreach (var ancestor in region.Ancestors)
        {
            if (ancestor.IsFirstLevelDivision)
            {
                return ancestor;
            }
        }

        return null;
    }
}
