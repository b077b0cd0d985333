using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>Two members' coverages are equal only when the member, the region, the outcome and the agreements are the same.</summary>
public sealed class MemberCoverageRules
{
    [Fact]
    public void Two_members_the_register_does_not_hold_are_told_apart()
    {
        var cohort = Cohort.Of("Macau and Hong Kong", [new CohortMember(new RegionId("CN-MO")), new CohortMember(new RegionId("CN-HK"))]);

        var missing = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, cohort, Dates.D("2025-09-26")).Missing;

        missing.Should().HaveCount(2);
        missing[0].Should().NotBe(missing[1]);
    }

    [Fact]
    public void The_same_member_missing_on_two_dates_is_the_same_coverage()
    {
        var register = SeedRegister.WithTheSeedMous();
        var municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;

        var beijingBefore = register.Coverage(Seed.Gyeonggi, municipalities, Dates.D("2025-01-01")).Members[0];
        var beijingAfter = register.Coverage(Seed.Gyeonggi, municipalities, Dates.D("2025-09-26")).Members[0];

        beijingAfter.Should().Be(beijingBefore);
    }
}
