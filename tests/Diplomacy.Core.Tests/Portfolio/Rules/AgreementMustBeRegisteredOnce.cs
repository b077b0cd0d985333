using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Rules;

/// <summary>A register holds an agreement once: no two agreements in one register have the same id (ignoring case, as region ids).</summary>
public sealed class AgreementMustBeRegisteredOnce
{
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
}
