using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>On any register and date, the indexed coverage equals a plain count over every agreement, and the timeline agrees with it.</summary>
public sealed class CoverageProperties
{
    [Fact]
    public void The_indexed_coverage_equals_a_brute_force_count_over_every_agreement()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                var (home, cohort, criteria) = (random.HomeRegion, random.Cohort, random.Criteria);
                foreach (var day in RandomRegister.DaysToAsk(register))
                {
                    var coverage = register.Coverage(home, cohort, day, criteria);
                    var expected = BruteForce(register.Agreements, home, cohort, day, criteria);

                    coverage.Members.Select(member => member.Outcome).Should().Equal(expected, "on {0}", day);
                    register.CountCovered(home, cohort, day, criteria).Should().Be(coverage.Tally);
                }
            },
            iter: PropertySamples.Of(200));
    }

    [Fact]
    public void The_coverage_over_time_agrees_with_the_coverage_on_each_date()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                var (home, cohort, criteria) = (random.HomeRegion, random.Cohort, random.Criteria);
                var timeline = register.CoverageOverTime(home, cohort, criteria);
                foreach (var day in RandomRegister.DaysToAsk(register))
                {
                    timeline.On(day).Members.Should().Equal(register.Coverage(home, cohort, day, criteria).Members, "on {0}", day);
                }

                foreach (var (earlier, later) in timeline.Periods.Zip(timeline.Periods.Skip(1)))
                {
                    earlier.To.Should().Be(later.From.PlusDays(-1));
                    earlier.Coverage.SaysTheSameAs(later.Coverage).Should().BeFalse();
                }
            },
            iter: PropertySamples.Of(200));
    }

    /// <summary>The coverage a user would write first: look at every agreement, and at every member's keys.</summary>
    private static List<CoverageOutcome> BruteForce(IEnumerable<Agreement> agreements, Region home, Cohort cohort, LocalDate day, CoverageCriteria criteria)
    {
        var outcomes = cohort.Members.Select(_ => CoverageOutcome.Missing).ToList();
        foreach (var agreement in agreements)
        {
            bool HomeSide(Region region) => region == home || (criteria.IncludeHomeSubregions && region.IsWithin(home));
            if (!agreement.Parties.Any(party => HomeSide(party.Region)))
            {
                continue;
            }

            var possible = agreement.PossibilitiesOn(day);
            var pairs = Enum.GetValues<AgreementStatus>()
                .SelectMany(status => Enum.GetValues<AgreementKind>().Select(kind => (Status: status, Kind: kind)))
                .Where(pair => possible.Contains(pair.Status, pair.Kind))
                .ToList();
            var admitted = pairs.Count(pair => criteria.Statuses.Contains(pair.Status) && criteria.Kinds.Contains(pair.Kind));
            var covers = admitted == pairs.Count || (admitted > 0 && criteria.CountUncertainAsCovered);
            var could = admitted > 0;
            var outcome = covers ? CoverageOutcome.Covered : could ? CoverageOutcome.Uncertain : CoverageOutcome.Missing;
            foreach (var party in agreement.Parties.Where(party => !HomeSide(party.Region)))
            {
                var candidates = criteria.IncludeMemberSubregions ? [party.Region, .. party.Region.Ancestors] : new[] { party.Region };
                var member = candidates.Select(cohort.MemberFor).FirstOrDefault(found => found is not null);
                if (member is not null)
                {
                    var index = cohort.Members.IndexOf(member);
                    outcomes[index] = outcome > outcomes[index] ? outcome : outcomes[index];
                }
            }
        }

        return outcomes;
    }
}
