using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Checks;

/// <summary>
/// Before signing, the register warns when the partner is already tied to the home: directly, or through a region inside
/// or around the home, or inside or around the partner, by a tie signed and not ended or lapsed on the day.
/// </summary>
public sealed class AlreadyTiedCheckRules
{
    private static readonly LocalDate Day = new(2026, 5, 1);

    private static Agreement ProposalWith(Region home, Region partner) => A.SisterTieBetween(home, partner).WithId("PROPOSAL").ProposedOn(2026, 3, 2);

    private static IReadOnlyList<AlreadyTiedWarning> Warnings(Register register, Region home, Agreement proposal, LocalDate? on = null) =>
        [.. register.ChecksBeforeSigning(home, proposal, on ?? Day).OfType<AlreadyTiedWarning>()];

    [Fact]
    public void A_province_proposing_with_a_partner_of_one_of_its_cities_is_warned_naming_the_citys_tie()
    {
        var register = SeedRegister.Empty();
        var suwon = A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").SignedOn(2000, 1, 1);
        register.Add(suwon);

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().Equal(
            new AlreadyTiedWarning(Seed.Shanghai, suwon, Seed.Suwon, RegionRelation.SubRegion, Seed.Shanghai, RegionRelation.Same, AgreementStatus.InForce));
    }

    [Fact]
    public void A_city_proposing_with_a_partner_of_its_province_is_warned_naming_the_provinces_tie()
    {
        var register = SeedRegister.Empty();
        var province = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2000, 1, 1);
        register.Add(province);

        Warnings(register, Seed.Suwon, ProposalWith(Seed.Suwon, Seed.Shanghai)).Should().Equal(
            new AlreadyTiedWarning(Seed.Shanghai, province, Seed.Gyeonggi, RegionRelation.Parent, Seed.Shanghai, RegionRelation.Same, AgreementStatus.InForce));
    }

    [Fact]
    public void A_home_proposing_with_a_district_of_its_partner_is_warned_and_so_is_one_proposing_with_the_city_of_its_partner_district()
    {
        var register = SeedRegister.Empty();
        var shanghai = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2000, 1, 1);
        var pudong = A.MouBetween(Seed.Suwon, SeedRegister.Pudong).WithId("SW-PD").SignedOn(2001, 1, 1);
        register.Add(shanghai);
        register.Add(pudong);

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, SeedRegister.Pudong)).Should().Equal(
            new AlreadyTiedWarning(SeedRegister.Pudong, shanghai, Seed.Gyeonggi, RegionRelation.Same, Seed.Shanghai, RegionRelation.Parent, AgreementStatus.InForce),
            new AlreadyTiedWarning(SeedRegister.Pudong, pudong, Seed.Suwon, RegionRelation.SubRegion, SeedRegister.Pudong, RegionRelation.Same, AgreementStatus.InForce));
        Warnings(register, Seed.Suwon, ProposalWith(Seed.Suwon, Seed.Shanghai)).Should().Equal(
            new AlreadyTiedWarning(Seed.Shanghai, shanghai, Seed.Gyeonggi, RegionRelation.Parent, Seed.Shanghai, RegionRelation.Same, AgreementStatus.InForce),
            new AlreadyTiedWarning(Seed.Shanghai, pudong, Seed.Suwon, RegionRelation.Same, SeedRegister.Pudong, RegionRelation.SubRegion, AgreementStatus.InForce));
    }

    [Fact]
    public void A_tie_of_the_home_with_the_partner_itself_is_an_existing_tie_too()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25);
        register.Add(mou);

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().ContainSingle()
            .Which.Should().Be(new AlreadyTiedWarning(Seed.Shanghai, mou, Seed.Gyeonggi, RegionRelation.Same, Seed.Shanghai, RegionRelation.Same, AgreementStatus.InForce));
    }

    [Theory]
    [InlineData("2026-05-02", AgreementStatus.InForce)]
    [InlineData("2026-05-01", AgreementStatus.Suspended)] // boundary: suspended on the day, it still binds
    public void A_tie_in_force_or_suspended_on_the_day_counts_with_its_status(string suspendedOn, AgreementStatus status)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2000, 1, 1);
        tie.Suspend(Dates.D(suspendedOn), SuspensionReason.Pandemic);
        register.Add(tie);

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().ContainSingle().Which.Status.Should().Be(status);
    }

    [Fact]
    public void A_tie_signed_to_enter_into_force_later_counts_while_it_awaits_entry_into_force()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).EnteringIntoForceLater().SignedOn(2026, 4, 1));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().ContainSingle().Which.Status.Should().Be(AgreementStatus.NotYetInForce);
    }

    [Fact]
    public void A_tie_whose_status_on_the_day_is_uncertain_counts_as_uncertain()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(PartialDate.InMonth(2026, 5)));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().ContainSingle().Which.Status.Should().Be(AgreementStatus.Uncertain);
    }

    [Theory]
    [InlineData("2026-04-30", 0)]
    [InlineData("2026-05-01", 1)] // boundary: a tie signed on the day counts on it
    public void A_tie_signed_after_the_day_does_not_count(string checkedOn, int count)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2026, 5, 1));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai), Dates.D(checkedOn)).Should().HaveCount(count);
    }

    [Fact]
    public void A_terminated_expired_superseded_or_only_proposed_tie_does_not_count()
    {
        var register = SeedRegister.Empty();
        var terminated = A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("T").SignedOn(2000, 1, 1);
        terminated.Terminate(new LocalDate(2020, 1, 1), Seed.Shanghai, "political");
        var superseded = A.MouBetween(Seed.Suwon, Seed.Shanghai).WithId("S").SignedOn(2000, 1, 1);
        superseded.Supersede(new LocalDate(2020, 1, 1), new AgreementId("T"));
        register.Add(terminated);
        register.Add(superseded);
        register.Add(A.FriendshipBetween(Seed.Suwon, Seed.Shanghai).WithId("E").ForYears(3).SignedOn(2010, 1, 1));
        register.Add(A.LetterOfIntentBetween(Seed.Suwon, Seed.Shanghai).WithId("P").ProposedOn(2026, 1, 1));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().BeEmpty();
    }

    [Fact]
    public void A_tie_of_another_partner_or_between_places_of_the_home_alone_does_not_count()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Beijing).WithId("SW-BJ").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Suwon).WithId("GG-SW").SignedOn(2000, 1, 1));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().BeEmpty();
    }

    [Fact]
    public void A_party_that_withdrew_before_the_day_is_no_longer_tied()
    {
        var register = SeedRegister.Empty();
        var trilateral = A.SisterTieBetween(Seed.Suwon, Seed.Shanghai, Seed.Beijing).SignedOn(2000, 1, 1);
        trilateral.Withdraw(new LocalDate(2010, 1, 1), Seed.Suwon, "reorganisation");
        var other = A.SisterTieBetween(Seed.Gyeonggi, Seed.Tianjin, Seed.Beijing).WithId("GG-TJ-BJ").SignedOn(2000, 1, 1);
        other.Withdraw(new LocalDate(2010, 1, 1), Seed.Tianjin, "reorganisation");
        register.Add(trilateral);
        register.Add(other);

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Shanghai)).Should().BeEmpty();
        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Tianjin)).Should().BeEmpty();
        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Beijing)).Should().ContainSingle().Which.Tie.Should().Be(other);
    }

    [Fact]
    public void The_proposal_held_by_the_register_is_not_counted_against_itself()
    {
        var register = SeedRegister.Empty();
        var proposal = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("PROPOSAL").EnteringIntoForceLater().SignedOn(2026, 4, 1);
        register.Add(proposal);

        Warnings(register, Seed.Gyeonggi, proposal).Should().BeEmpty();
    }

    [Fact]
    public void In_a_proposal_between_a_province_and_its_own_city_a_party_is_never_paired_with_itself()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").SignedOn(2000, 1, 1));

        Warnings(register, Seed.Gyeonggi, ProposalWith(Seed.Gyeonggi, Seed.Suwon)).Should().BeEmpty();
    }

    [Fact]
    public void Each_partner_of_a_trilateral_proposal_is_checked_and_the_ties_come_by_id()
    {
        var register = SeedRegister.Empty();
        var beijing = A.SisterTieBetween(Seed.Suwon, Seed.Beijing).WithId("B").SignedOn(2000, 1, 1);
        var shanghai = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("C").SignedOn(2000, 1, 1);
        var suwonShanghai = A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("A").SignedOn(2000, 1, 1);
        register.Add(beijing);
        register.Add(shanghai);
        register.Add(suwonShanghai);
        var proposal = A.SisterTieBetween(Seed.Shanghai, Seed.Gyeonggi, Seed.Beijing).WithId("PROPOSAL").ProposedOn(2026, 3, 2);

        Warnings(register, Seed.Gyeonggi, proposal).Select(warning => (warning.Partner, warning.Tie.Id.Value))
            .Should().Equal((Seed.Shanghai, "A"), (Seed.Shanghai, "C"), (Seed.Beijing, "B"));
    }
}
