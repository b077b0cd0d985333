using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A register holds an agreement once, and only between regions it knows.</summary>
public sealed class RegisterAdmissionRules
{
    [Fact]
    public void An_agreement_with_a_party_the_register_does_not_hold_is_refused_and_nothing_changes()
    {
        var register = SeedRegister.WithTheSeedMous();
        var osaka = Region.CreatePlace(new RegionId("JP-27"), AdministrativeKind.Prefecture, RegionNames.Of("en", "Osaka"), null, "Asia/Tokyo");
        var tie = A.MouBetween(Seed.Gyeonggi, osaka).WithId("GG-OS").SignedOn(2020, 1, 1);

        var add = () => register.Add(tie);

        add.Should().Throw<DomainRuleException>().WithMessage("The agreement GG-OS binds Osaka (JP-27), which is not in the register: *")
            .Which.Rule.Should().Be(DomainRule.AgreementPartyMustBeInRegister);
        register.Agreements.Should().HaveCount(3);
        register.Find(new AgreementId("GG-OS")).Should().BeNull();
        register.TiesOf(Seed.Gyeonggi).Should().HaveCount(3);
    }

    [Fact]
    public void A_region_the_register_files_ties_under_only_as_the_parent_of_a_party_is_still_refused_as_a_party_when_not_held()
    {
        // Given a party that is Shanghai by its id but a stand-in placed in a province the register does not hold: its
        // tie is filed under that province as the region it lies in.
        var register = SeedRegister.Empty();
        var province = Region.CreateSubdivision(SubdivisionCode.Parse("CN-ZJ"), AdministrativeKind.Province, RegionNames.Of("en", "Zhejiang"), Seed.China);
        var standIn = Region.CreatePlace(new RegionId("CN-SH"), AdministrativeKind.Other, RegionNames.Of("en", "Shanghai"), province);
        register.Add(A.MouBetween(Seed.Gyeonggi, standIn).WithId("GG-SH").SignedOn(2020, 1, 1));
        var tie = A.MouBetween(Seed.Gyeonggi, province).WithId("GG-ZJ").SignedOn(2021, 1, 1);

        var add = () => register.Add(tie);

        add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementPartyMustBeInRegister);
        register.Find(tie.Id).Should().BeNull();
        register.TiesOf(Seed.Gyeonggi).Should().HaveCount(1);
    }

    [Fact]
    public void An_agreement_whose_id_the_register_already_holds_is_refused_and_nothing_changes()
    {
        var register = SeedRegister.WithTheSeedMous();
        var again = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-SH").SignedOn(2020, 1, 1);

        var add = () => register.Add(again);

        add.Should().Throw<DomainRuleException>().WithMessage("The register already holds an agreement with the id GG-SH.")
            .Which.Rule.Should().Be(DomainRule.AgreementMustBeRegisteredOnce);
        register.Agreements.Should().HaveCount(3);
        register.TiesOf(Seed.Beijing).Should().BeEmpty();
        register.Find(new AgreementId("GG-SH"))!.HasParty(Seed.Shanghai).Should().BeTrue();
    }

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
