using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>Gyeonggi's coverage of China's four municipalities counts the MOUs in force on the date asked about.</summary>
public sealed class SeedCoverageRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;

    [Fact]
    public void After_the_Shanghai_signing_Gyeonggi_covers_three_of_the_four_municipalities_and_Beijing_is_missing()
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-09-26"));

        coverage.ToString().Should().Be("3 of 4");
        coverage.Count.Should().Be(3);
        coverage.Total.Should().Be(4);
        coverage.Ratio.Should().Be(0.75);
        coverage.Covered.Select(member => member.Region).Should().Equal(Seed.Tianjin, Seed.Shanghai, Seed.Chongqing);
        coverage.Missing.Should().ContainSingle().Which.Region.Should().Be(Seed.Beijing);
        coverage.Uncertain.Should().BeEmpty();
    }

    [Fact]
    public void Each_covered_member_comes_with_the_agreement_that_covers_it()
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-09-26"));

        coverage.Covered.Single(member => member.Region == Seed.Shanghai).Agreements.Select(agreement => agreement.Id.Value).Should().Equal("GG-SH");
    }

    [Fact]
    public void The_coverage_reads_in_Korean_as_four_places_of_which_three()
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-09-26"));

        coverage.ToText(LanguageTag.Parse("ko")).Should().Be("4곳 중 3곳");
        coverage.ToText(LanguageTag.Parse("ko-KR")).Should().Be("4곳 중 3곳");
        coverage.ToText(LanguageTag.Parse("en")).Should().Be("3 of 4");
        coverage.ToText(LanguageTag.Parse("fr")).Should().Be("3 of 4");
    }

    [Theory]
    [InlineData("2025-09-22", 1)] // the last day Tianjin's signing could fall on: certainly signed
    [InlineData("2025-09-23", 2)] // Chongqing signed that day: it counts on its day
    [InlineData("2025-09-24", 2)]
    [InlineData("2025-09-25", 3)] // Shanghai signed that day
    public void A_signed_mou_counts_from_its_signing_day(string date, int covered)
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, Municipalities, Dates.D(date));

        coverage.Count.Should().Be(covered);
        coverage.Covered.Should().Contain(member => member.Region == Seed.Tianjin);
    }

    [Fact]
    public void A_tie_signed_on_an_unknown_day_before_the_date_asked_is_uncertain_and_reported_apart()
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-01-01"));

        coverage.Count.Should().Be(0);
        coverage.Uncertain.Should().ContainSingle().Which.Region.Should().Be(Seed.Tianjin);
        coverage.Uncertain[0].Agreements.Select(agreement => agreement.Id.Value).Should().Equal("GG-TJ");
        coverage.Missing.Should().HaveCount(3);
        coverage.Tally.Should().Be(new CoverageCount(0, 1, 4));
    }

    [Fact]
    public void A_covered_member_lists_only_the_ties_that_cover_it_not_those_that_only_could()
    {
        var register = SeedRegister.Empty();
        register.Add(SeedRegister.TianjinMou());
        register.Add(A.FriendshipBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("GG-TJ-FRIENDSHIP").SignedOn(2025, 6, 1));

        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Dates.D("2025-07-01"));

        coverage.Covered.Should().ContainSingle().Which.Agreements.Select(agreement => agreement.Id.Value).Should().Equal("GG-TJ-FRIENDSHIP");
    }

    [Fact]
    public void A_member_the_register_does_not_hold_is_missing()
    {
        var register = SeedRegister.WithTheSeedMous();
        var cohort = Cohort.Of("Municipalities and Macau", [.. Municipalities.Members, new CohortMember(new RegionId("CN-MO"))]);

        var coverage = register.Coverage(Seed.Gyeonggi, cohort, Dates.D("2025-09-26"));

        coverage.ToString().Should().Be("3 of 5");
        coverage.Missing.Should().Contain(member => member.Member.Key == new RegionId("CN-MO") && member.Region == null);
    }

    [Fact]
    public void The_count_alone_agrees_with_the_full_coverage()
    {
        var register = SeedRegister.WithTheSeedMous();

        register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D("2025-09-26")).Should().Be(new CoverageCount(3, 0, 4));
        register.CountCovered(Seed.Gyeonggi, Municipalities, Dates.D("2025-01-01")).Should().Be(new CoverageCount(0, 1, 4));
    }

    [Fact]
    public void A_cohort_of_hundreds_of_members_is_counted_as_the_full_coverage_counts_it()
    {
        var register = SeedRegister.WithTheSeedMous();
        var others = Enumerable.Range(1, 300).Select(n => new CohortMember(new RegionId($"XX-{n}")));
        var cohort = Cohort.Of("Municipalities and 300 others", [.. Municipalities.Members, .. others]);

        register.CountCovered(Seed.Gyeonggi, cohort, Dates.D("2025-09-26")).Should().Be(new CoverageCount(3, 0, 304));
        register.Coverage(Seed.Gyeonggi, cohort, Dates.D("2025-09-26")).ToString().Should().Be("3 of 304");
    }
}
