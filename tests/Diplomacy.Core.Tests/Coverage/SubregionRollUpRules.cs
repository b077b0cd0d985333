using Diplomacy.Core.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>Ties of the home's sub-regions, and ties with a member's sub-regions, count only when the criteria say so.</summary>
public sealed class SubregionRollUpRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    private static readonly LocalDate Day = Dates.D("2025-10-01");

    [Fact]
    public void A_tie_of_Suwon_with_Shanghai_counts_for_Gyeonggi_only_when_home_sub_regions_count()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2000, 1, 1));

        register.Coverage(Seed.Gyeonggi, Municipalities, Day).Count.Should().Be(0);
        register.Coverage(Seed.Gyeonggi, Municipalities, Day, CoverageCriteria.Default with { IncludeHomeSubregions = true })
            .Covered.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_tie_of_Gyeonggi_with_a_district_of_Shanghai_counts_for_Shanghai_only_when_member_sub_regions_count()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).SignedOn(2000, 1, 1));

        register.Coverage(Seed.Gyeonggi, Municipalities, Day).Count.Should().Be(0);
        register.Coverage(Seed.Gyeonggi, Municipalities, Day, CoverageCriteria.Default with { IncludeMemberSubregions = true })
            .Covered.Should().ContainSingle().Which.Region.Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_tie_between_two_places_of_the_home_region_covers_nobody()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Suwon).SignedOn(2000, 1, 1));
        var cohort = Cohort.Of("Suwon", [Seed.Suwon]);

        register.Coverage(Seed.Gyeonggi, cohort, Day, CoverageCriteria.Default with { IncludeHomeSubregions = true }).Count.Should().Be(0);
    }

    [Fact]
    public void The_count_reads_a_home_sub_regions_tie_even_when_the_home_has_more_ties_than_the_cohort_has_members()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("GG-TJ").SignedOn(2000, 1, 1));
        var shanghaiAlone = Cohort.Of("Shanghai", [Seed.Shanghai]);

        register.CountCovered(Seed.Gyeonggi, shanghaiAlone, Day, CoverageCriteria.Default with { IncludeHomeSubregions = true })
            .Covered.Should().Be(1);
    }

    [Fact]
    public void The_count_reads_a_tie_with_a_members_district_even_when_the_home_has_more_ties_than_the_cohort_has_members()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).WithId("GG-PD").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("GG-TJ").SignedOn(2000, 1, 1));
        var shanghaiAlone = Cohort.Of("Shanghai", [Seed.Shanghai]);

        register.CountCovered(Seed.Gyeonggi, shanghaiAlone, Day, CoverageCriteria.Default with { IncludeMemberSubregions = true })
            .Covered.Should().Be(1);
    }
}
