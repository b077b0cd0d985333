using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Rules;

/// <summary>A register holds an agreement only when every party's region is in the register's directory, so that its ties can be indexed by region.</summary>
public sealed class AgreementPartyMustBeInRegister
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
}
