using CsCheck;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>On any register and date, the grouped counts add up, and the statistics agree with the coverage and with <c>PartnersOn</c>.</summary>
public sealed class StatisticsProperties
{
    [Fact]
    public void The_rows_and_the_unassigned_ties_of_every_table_add_up_to_the_ties()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                foreach (var day in RandomRegister.DaysToAsk(register))
                {
                    var statistics = register.StatisticsOn(random.HomeRegion, day, random.Criteria);
                    foreach (var tally in new[] { statistics.Counted, statistics.Uncertain })
                    {
                        foreach (var table in tally.Tables.Where(table => table.Grouping != StatisticsGrouping.Field))
                        {
                            (table.Rows.Sum(row => row.Count) + table.Unassigned).Should().Be(tally.Count, "{0} on {1}", table.Grouping, day);
                        }

                        (tally.ByField.Rows.Sum(row => row.Count) + tally.ByField.Unassigned).Should().BeGreaterThanOrEqualTo(tally.Count);
                    }
                }
            },
            iter: PropertySamples.Of(100));
    }

    [Fact]
    public void The_partners_counted_are_the_members_a_coverage_of_every_region_finds_covered()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                var criteria = random.Criteria with { IncludeMemberSubregions = false, CountUncertainAsCovered = false };
                var everyone = Cohort.Of("every region", RandomRegister.Regions);
                foreach (var day in RandomRegister.DaysToAsk(register))
                {
                    var statistics = register.StatisticsOn(random.HomeRegion, day, criteria);
                    var coverage = register.Coverage(random.HomeRegion, everyone, day, criteria);

                    statistics.Counted.Partners.Should().BeEquivalentTo(coverage.Covered.Select(member => member.Region), "on {0}", day);
                    statistics.Uncertain.Partners.Except(statistics.Counted.Partners)
                        .Should().BeEquivalentTo(coverage.Uncertain.Select(member => member.Region), "on {0}", day);
                }
            },
            iter: PropertySamples.Of(100));
    }

    [Fact]
    public void The_partners_counted_by_default_are_partners_on_that_date_and_only_uncertain_ties_add_more()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                foreach (var day in RandomRegister.DaysToAsk(register))
                {
                    var statistics = register.StatisticsOn(random.HomeRegion, day);
                    var partners = register.PartnersOn(random.HomeRegion, day);

                    statistics.Counted.Partners.Should().BeSubsetOf(partners, "on {0}", day);
                    partners.Should().BeSubsetOf(statistics.Counted.Partners.Concat(statistics.Uncertain.Partners), "on {0}", day);
                }
            },
            iter: PropertySamples.Of(100));
    }

    [Fact]
    public void Without_uncertain_ties_the_ties_of_a_later_date_are_the_earlier_ones_plus_the_added_less_the_ended()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var register = random.Build();
                var days = RandomRegister.DaysToAsk(register).Order().ToList();
                foreach (var (from, to) in days.Zip(days.Skip(3)))
                {
                    var changes = register.ChangesBetween(random.HomeRegion, from, to, random.Criteria);
                    if (changes.Uncertain > 0)
                    {
                        continue;
                    }

                    var before = register.StatisticsOn(random.HomeRegion, from, random.Criteria).Counted.Count;
                    var after = register.StatisticsOn(random.HomeRegion, to, random.Criteria).Counted.Count;
                    after.Should().Be(before + changes.Added.Count - changes.Ended.Count, "from {0} to {1}", from, to);
                }
            },
            iter: PropertySamples.Of(100));
    }
}
