using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A count splits a cohort into covered, uncertain and missing members, and its ratio is the covered share.</summary>
public sealed class CoverageCountRules
{
    [Fact]
    public void The_missing_members_are_those_neither_covered_nor_uncertain()
    {
        var count = new CoverageCount(Covered: 1, Uncertain: 1, Total: 4);

        count.Missing.Should().Be(2);
    }

    [Fact]
    public void The_count_of_nothing_has_a_ratio_of_zero_not_a_division_by_zero()
    {
        default(CoverageCount).Ratio.Should().Be(0);
    }

    [Fact]
    public void A_count_cannot_be_written_in_no_language()
    {
        var act = () => new CoverageCount(3, 0, 4).ToText(default(LanguageTag));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("language");
    }

    [Fact]
    public void A_count_of_a_cohort_too_large_for_the_stack_starts_from_nothing_each_time()
    {
        // Given 300 places in China, every one tied to Gyeonggi, and Beijing tied to none of them
        var register = SeedRegister.Empty();
        var places = Enumerable.Range(1, 300)
            .Select(n => Region.CreatePlace(new RegionId($"CN-PLACE-{n}"), AdministrativeKind.City, RegionNames.Of("en", $"Place {n}"), Seed.China))
            .ToList();
        register.AddRegions(places);
        foreach (var place in places)
        {
            register.Add(A.MouBetween(Seed.Gyeonggi, place).WithId($"GG-{place.Id}").SignedOn(2025, 9, 25));
        }

        var cohort = Cohort.Of("300 places", places);
        var date = Dates.D("2025-10-01");

        // When the count is asked for Gyeonggi and then for Beijing
        var gyeonggi = register.CountCovered(Seed.Gyeonggi, cohort, date);
        var beijing = register.CountCovered(Seed.Beijing, cohort, date);

        // Then Beijing's count owes nothing to Gyeonggi's
        gyeonggi.Should().Be(new CoverageCount(300, 0, 300));
        beijing.Should().Be(new CoverageCount(0, 0, 300));
    }
}
