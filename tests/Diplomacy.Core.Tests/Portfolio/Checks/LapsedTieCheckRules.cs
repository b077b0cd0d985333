using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Checks;

/// <summary>
/// Before signing, the register offers a lapsed tie between the home and the partner themselves (expired or terminated
/// on the day) that could be renewed instead, unless a tie of the two binds them then.
/// </summary>
public sealed class LapsedTieCheckRules
{
    private static Agreement Proposal() => A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("PROPOSAL").ProposedOn(2026, 3, 2);

    private static IReadOnlyList<LapsedTieWarning> Warnings(Register register, LocalDate on) =>
        [.. register.ChecksBeforeSigning(Seed.Gyeonggi, Proposal(), on).OfType<LapsedTieWarning>()];

    [Theory]
    [InlineData("2025-12-31", 0)]
    [InlineData("2026-01-01", 1)] // boundary: the term's first day outside it
    public void A_tie_whose_term_ran_out_is_offered_for_renewal_from_the_day_it_expired(string day, int count)
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-2023").ForYears(3).SignedOn(2023, 1, 1);
        register.Add(mou);

        Warnings(register, Dates.D(day)).Should().Equal([.. Enumerable.Repeat(new LapsedTieWarning(Seed.Shanghai, mou, AgreementStatus.Expired), count)]);
    }

    [Fact]
    public void A_tie_a_party_ended_is_offered_to_be_revived()
    {
        var register = SeedRegister.Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-2000").SignedOn(2000, 1, 1);
        tie.Terminate(new LocalDate(2020, 1, 1), Seed.Shanghai, "political");
        register.Add(tie);

        Warnings(register, new LocalDate(2026, 5, 1)).Should().Equal(new LapsedTieWarning(Seed.Shanghai, tie, AgreementStatus.Terminated));
    }

    [Fact]
    public void Nothing_is_offered_while_another_tie_of_the_two_binds_them()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("OLD").ForYears(3).SignedOn(2010, 1, 1));
        register.Add(A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("NOW").SignedOn(2015, 1, 1));

        Warnings(register, new LocalDate(2026, 5, 1)).Should().BeEmpty();
    }

    [Fact]
    public void A_superseded_tie_or_a_lapsed_tie_of_a_region_inside_either_is_not_offered()
    {
        var register = SeedRegister.Empty();
        var superseded = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("S").SignedOn(2000, 1, 1);
        superseded.Supersede(new LocalDate(2005, 1, 1), new AgreementId("X"));
        register.Add(superseded);
        register.Add(A.MouBetween(Seed.Suwon, Seed.Shanghai).WithId("SW").ForYears(3).SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).WithId("PD").ForYears(3).SignedOn(2000, 1, 1));

        Warnings(register, new LocalDate(2026, 5, 1)).Should().BeEmpty();
    }

    [Fact]
    public void Lapsed_ties_come_by_id_and_the_proposal_itself_is_never_offered()
    {
        var register = SeedRegister.Empty();
        var second = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("B").ForYears(3).SignedOn(2010, 1, 1);
        var first = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("A").ForYears(3).SignedOn(2014, 1, 1);
        var proposal = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("PROPOSAL").ForYears(1).SignedOn(2020, 1, 1);
        register.Add(second);
        register.Add(first);
        register.Add(proposal);

        register.ChecksBeforeSigning(Seed.Gyeonggi, proposal, new LocalDate(2026, 5, 1)).OfType<LapsedTieWarning>()
            .Select(warning => warning.Tie.Id.Value).Should().Equal("A", "B");
    }
}
