using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A second agreement of the same kind between the same parties, in force at the same time as one already held, is
/// refused with a message naming the first, unless the caller adds it as distinct.
/// </summary>
public sealed class DuplicateTieRules
{
    private static Agreement SisterTie(string id, int year) => A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId(id).SignedOn(year, 1, 1);

    [Fact]
    public void A_second_tie_of_the_same_kind_and_parties_in_force_at_the_same_time_is_refused_naming_the_first()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("GG-SH-1995", 1995));
        var again = A.SisterTieBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("SH-GG").SignedOn(2003, 5, 1);

        var refusal = FluentActions.Invoking(() => register.Add(again)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
        refusal.SubjectId.Should().Be("SH-GG");
        refusal.Message.Should().Contain("GG-SH-1995").And.EndWith("record the later act on the first agreement, or add it as distinct.");
        register.Agreements.Should().HaveCount(1);
        register.TiesOf(Seed.Gyeonggi).Should().HaveCount(1);
        register.Find(new AgreementId("SH-GG")).Should().BeNull();
    }

    [Fact]
    public void An_agreement_answers_whether_it_repeats_another_by_the_register_s_own_rule_without_a_register()
    {
        var held = SisterTie("GG-SH-1995", 1995);
        var again = A.SisterTieBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("SH-GG").SignedOn(2003, 5, 1);
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("MOU").SignedOn(2003, 5, 1);
        var afterTheEnd = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("LATER").SignedOn(2030, 1, 1);
        var ended = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("ENDED").ForYears(5).SignedOn(2020, 1, 1);

        again.IsLikelyDuplicateOf(held).Should().BeTrue();
        held.IsLikelyDuplicateOf(again).Should().BeTrue();
        mou.IsLikelyDuplicateOf(held).Should().BeFalse();
        afterTheEnd.IsLikelyDuplicateOf(ended).Should().BeFalse();
    }

    [Fact]
    public void A_tie_marked_distinct_is_added_though_it_overlaps()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("GG-SH-1995", 1995));

        register.AddDistinct(SisterTie("GG-SH-2003", 2003));

        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("2024-12-31", true)] // the first's term's last day: they overlap
    [InlineData("2025-01-01", false)] // boundary: the first has expired
    public void A_tie_signed_after_the_first_ended_is_not_a_duplicate(string signingDay, bool refused)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("FIRST").ForYears(5).SignedOn(2020, 1, 1));
        var second = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("SECOND").SignedOn(Dates.D(signingDay));

        var add = () => register.Add(second);

        if (refused)
        {
            add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
        }
        else
        {
            add();
            register.Agreements.Should().HaveCount(2);
        }
    }

    [Theory]
    [InlineData("2019-12-31", true)] // boundary: the new tie's last day is the held one's first
    [InlineData("2020-01-01", false)]
    public void A_tie_that_ended_before_the_held_one_began_is_not_a_duplicate(string heldSigningDay, bool refused)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("HELD").SignedOn(Dates.D(heldSigningDay)));
        var earlier = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("EARLIER").ForYears(5).SignedOn(2015, 1, 1);

        var add = () => register.Add(earlier);

        if (refused)
        {
            add.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
        }
        else
        {
            add();
            register.Agreements.Should().HaveCount(2);
        }
    }

    [Fact]
    public void Two_trilateral_ties_sharing_two_parties_are_not_duplicates()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).WithId("WITH-BEIJING").SignedOn(2000, 1, 1));

        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin).WithId("WITH-TIANJIN").SignedOn(2000, 1, 1));

        register.Agreements.Should().HaveCount(2);
    }

    [Fact]
    public void A_tie_of_another_kind_is_not_a_duplicate()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("SISTER", 1995));

        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("MOU").SignedOn(2025, 9, 25));

        register.Agreements.Should().HaveCount(2);
    }

    [Fact]
    public void A_tie_with_another_party_besides_is_not_a_duplicate()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("PAIR", 1995));

        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).WithId("TRIO").SignedOn(2000, 1, 1));
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Beijing).WithId("OTHER-PAIR").SignedOn(2000, 1, 1));

        register.Agreements.Should().HaveCount(3);
    }

    [Fact]
    public void A_tie_that_may_be_in_force_at_the_same_time_is_refused()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("UNDATED").SignedOn(PartialDate.Unknown));

        FluentActions.Invoking(() => register.Add(SisterTie("DATED", 2003)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
    }

    [Fact]
    public void A_proposal_is_not_in_force_and_so_duplicates_nothing()
    {
        var register = SeedRegister.Empty();
        register.Add(SisterTie("SIGNED", 1995));

        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("PROPOSED").ProposedOn(2025, 1, 1));

        register.Agreements.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("gg-sh")]
    [InlineData("GG-SH")]
    [InlineData(" Gg-Sh ")]
    public void Agreement_ids_ignore_case_as_region_ids_do(string id)
    {
        var register = SeedRegister.WithTheSeedMous();

        register.Find(new AgreementId(id))!.Id.Value.Should().Be("GG-SH");
        new AgreementId(id).Should().Be(new AgreementId("GG-SH"));
        new AgreementId(id).GetHashCode().Should().Be(new AgreementId("GG-SH").GetHashCode());
        FluentActions.Invoking(() => register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId(id).SignedOn(2020, 1, 1)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustBeRegisteredOnce);
    }

    [Fact]
    public void Agreement_ids_that_differ_in_more_than_case_differ()
    {
        new AgreementId("GG-SH").Should().NotBe(new AgreementId("GG-SH-2"));
    }

    [Fact]
    public void A_distinct_tie_is_still_refused_for_an_id_already_held()
    {
        var register = SeedRegister.WithTheSeedMous();

        FluentActions.Invoking(() => register.AddDistinct(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2020, 1, 1)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustBeRegisteredOnce);
        FluentActions.Invoking(() => register.AddDistinct(null!)).Should().Throw<ArgumentNullException>().WithParameterName("agreement");
    }
}
