using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A register files a tie under its parties' regions and every region they lie in, and answers from the agreements and regions as they are now.</summary>
public sealed class RegisterAdmissionRules
{
    [Fact]
    public void A_tie_of_a_city_is_filed_under_the_city_and_every_region_it_lies_in()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2000, 1, 1));

        register.TiesOf(Seed.Gyeonggi).Should().BeEmpty();
        register.TiesOf(Seed.Gyeonggi, includeSubregions: true).Should().ContainSingle();
        register.TiesOf(Seed.Korea, includeSubregions: true).Should().ContainSingle();
        register.TiesOf(Seed.Suwon).Should().ContainSingle();
    }

    [Fact]
    public void A_change_recorded_on_a_held_agreement_is_in_the_next_answer()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Find(new AgreementId("GG-SH"))!.Terminate(new LocalDate(2026, 1, 1), Seed.Shanghai, "Ended");

        register.Coverage(Seed.Gyeonggi, Core.Coverage.BuiltInCohorts.ChinaDirectAdministeredMunicipalities, new LocalDate(2026, 1, 1))
            .ToString().Should().Be("2 of 4");
    }

    [Fact]
    public void A_region_added_after_a_coverage_was_asked_counts_in_the_next_answer()
    {
        var register = Register.Open();
        register.AddRegions(Seed.All.Where(region => !region.Equals(Seed.Beijing)));
        var municipalities = Core.Coverage.BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
        register.Coverage(Seed.Gyeonggi, municipalities, new LocalDate(2026, 1, 1)).ToString().Should().Be("0 of 4");

        register.AddRegions([Seed.Beijing]);
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2025, 12, 1));

        register.Coverage(Seed.Gyeonggi, municipalities, new LocalDate(2026, 1, 1)).ToString().Should().Be("1 of 4");
    }
}
