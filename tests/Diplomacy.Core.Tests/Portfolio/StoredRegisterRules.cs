using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Delegations;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A stored register rebuilds through the register's own adds: its ties that stand beside a like tie are stored as
/// distinct, every other tie is checked for duplicates again, and the register's rules are refused by name.
/// </summary>
public sealed class StoredRegisterRules
{
    private static Agreement SisterTie(string id, int year, int? years = null)
    {
        var builder = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId(id);
        return (years is { } length ? builder.ForYears(length) : builder).SignedOn(year, 1, 1);
    }

    [Fact]
    public void A_tie_added_as_distinct_beside_a_like_tie_is_stored_as_distinct_and_rebuilds()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("GG-SH-1995", 1995));
        register.AddDistinct(SisterTie("GG-SH-2003", 2003));

        var facts = register.ToFacts();

        facts.DistinctTies.Should().Equal(new AgreementId("GG-SH-2003"));
        Register.Rebuild(facts).TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().HaveCount(2);
    }

    [Fact]
    public void A_tie_that_became_like_an_earlier_one_after_it_was_added_is_stored_as_distinct()
    {
        var register = SeedRegister.Empty();
        var first = SisterTie("FIRST", 2000, years: 5);
        register.Add(first);
        register.Add(SisterTie("SECOND", 2006));
        first.Renew(new LocalDate(2004, 12, 1), AgreementTerm.OfYears(10));

        var facts = register.ToFacts();

        facts.DistinctTies.Should().Equal(new AgreementId("SECOND"));
        Register.Rebuild(facts).Agreements.Should().HaveCount(2);
    }

    [Fact]
    public void A_tie_added_as_distinct_that_repeats_no_earlier_tie_is_not_stored_as_distinct()
    {
        var register = SeedRegister.Empty();
        register.AddDistinct(SisterTie("ONLY", 1995));

        register.ToFacts().DistinctTies.Should().BeEmpty();
    }

    [Fact]
    public void A_stored_tie_that_repeats_an_earlier_one_and_is_not_stored_as_distinct_is_refused_as_a_duplicate()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("GG-SH-1995", 1995));
        register.AddDistinct(SisterTie("GG-SH-2003", 2003));
        var facts = register.ToFacts() with { DistinctTies = [] };

        var refusal = FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
        refusal.SubjectId.Should().Be("GG-SH-2003");
    }

    [Fact]
    public void A_stored_distinct_tie_that_names_no_stored_agreement_is_refused_as_malformed()
    {
        var facts = SeedRegister.WithTheSeedMous().ToFacts() with { DistinctTies = [new AgreementId("NOWHERE")] };

        FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<ArgumentException>().WithMessage("*NOWHERE*").Which.ParamName.Should().Be("facts");
    }

    [Fact]
    public void A_stored_agreement_between_regions_not_stored_is_refused()
    {
        var facts = SeedRegister.WithTheSeedMous().ToFacts() with { Regions = [Seed.Korea, Seed.China, Seed.Gyeonggi] };

        FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementPartyMustBeInRegister);
    }

    [Fact]
    public void An_agreement_stored_twice_is_refused()
    {
        var facts = SeedRegister.WithTheSeedMous().ToFacts();
        facts = facts with { Agreements = [.. facts.Agreements, facts.Agreements[0]] };

        FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustBeRegisteredOnce);
    }

    [Fact]
    public void A_delegation_stored_twice_is_refused()
    {
        var visit = Trips.GyeonggiToChina().ToFacts();
        var facts = SeedRegister.WithTheSeedMous().ToFacts() with { Delegations = [visit, visit] };

        FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationMustBeRecordedOnce);
    }

    [Fact]
    public void A_stored_signing_is_linked_again_to_the_rebuilt_register_s_agreement_of_that_id()
    {
        var register = SeedRegister.WithTheSeedMous();
        var signed = register.Find(new AgreementId("GG-SH"))!;
        var visit = Trips.GyeonggiToChina();
        visit.AddStop(Seed.Shanghai, Trips.At(2025, 9, 24, 18, 0), Trips.At(2025, 9, 26, 9, 0));
        visit.AddEngagement(Seed.Shanghai, new Signing(Trips.At(2025, 9, 25, 15, 0), signed));
        visit.AddEngagement(Seed.Shanghai, new Signing(Trips.At(2025, 9, 25, 16, 0), A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("NOT-HELD").SignedOn(2025, 9, 25)));
        register.Record(visit);

        var rebuilt = Register.Rebuild(register.ToFacts());

        var signings = rebuilt.Delegations.Delegations.Single().Stops.Single().Engagements.Cast<Signing>().ToList();
        signings[0].Agreement.Should().BeSameAs(rebuilt.Find(new AgreementId("GG-SH")));
        signings[1].Agreement!.Id.Should().Be(new AgreementId("NOT-HELD"));
    }

    [Fact]
    public void Rebuilding_a_register_from_no_facts_is_refused()
    {
        FluentActions.Invoking(() => Register.Rebuild(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("facts");
    }

    [Fact]
    public void Register_facts_are_equal_when_every_item_is()
    {
        var facts = SeedRegister.WithTheSeedMous().ToFacts();
        var same = SeedRegister.WithTheSeedMous().ToFacts();

        facts.Should().Be(same);
        facts.GetHashCode().Should().Be(same.GetHashCode());
        facts.Should().NotBe(same with { Regions = [.. same.Regions.Skip(1)] });
        facts.Should().NotBe(same with { Agreements = [.. same.Agreements.Skip(1)] });
        facts.Should().NotBe(same with { DistinctTies = [new AgreementId("GG-SH")] });
        facts.Should().NotBe(same with { Delegations = [Trips.GyeonggiToChina().ToFacts()] });
        facts.Equals(null).Should().BeFalse();
    }
}
