using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// One party may withdraw from a tie of three or more, dated and with a reason: from that day it is no longer bound,
/// the others stay bound; a tie of two ends by termination instead.
/// </summary>
public sealed class WithdrawalRules
{
    private static Agreement Trilateral() => A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).SignedOn(2000, 1, 1);

    [Theory]
    [InlineData("2009-12-31", true)]
    [InlineData("2010-01-01", false)] // boundary: a withdrawal takes effect on its day
    public void A_withdrawn_party_is_no_longer_bound_from_the_withdrawal_day(string day, bool bound)
    {
        var tie = Trilateral();

        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "regional reorganisation");

        tie.BindsOn(Seed.Beijing, Dates.D(day)).Should().Be(bound);
    }

    [Fact]
    public void The_other_parties_stay_bound_and_the_status_does_not_change()
    {
        var tie = Trilateral();

        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "regional reorganisation");

        tie.BindsOn(Seed.Gyeonggi, new LocalDate(2011, 1, 1)).Should().BeTrue();
        tie.BindsOn(Seed.Shanghai, new LocalDate(2011, 1, 1)).Should().BeTrue();
        tie.StatusOn(new LocalDate(2011, 1, 1)).Should().Be(AgreementStatus.InForce);
        tie.History[^1].Should().Be(new AgreementPartyWithdrew(tie.Id, new LocalDate(2010, 1, 1), Seed.Beijing, "regional reorganisation"));
        tie.DomainEvents[^1].Should().Be(tie.History[^1]);
    }

    [Theory]
    [InlineData("2009-12-31", true)] // before the earliest day: certainly bound
    [InlineData("2010-01-01", false)] // boundary: the earliest possible day, no longer certainly bound
    [InlineData("2011-01-01", false)]
    public void A_withdrawal_dated_in_part_counts_from_its_earliest_day(string day, bool bound)
    {
        var tie = Trilateral();

        tie.Withdraw(PartialDate.InYear(2010), Seed.Beijing, "left");

        tie.BindsOn(Seed.Beijing, Dates.D(day)).Should().Be(bound);
    }

    [Fact]
    public void A_region_that_is_not_a_party_is_not_bound()
    {
        Trilateral().BindsOn(Seed.Tianjin, new LocalDate(2011, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Withdrawal_from_a_two_party_tie_is_refused_in_favour_of_termination()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 1, 1);

        tie.RefusesWith(m => m.Withdraw(new LocalDate(2010, 1, 1), Seed.Shanghai, "left"), DomainRule.WithdrawalMustLeaveTwoBoundParties);
    }

    [Fact]
    public void A_second_withdrawal_that_would_leave_one_party_is_refused()
    {
        var tie = Trilateral();
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");

        tie.RefusesWith(m => m.Withdraw(new LocalDate(2011, 1, 1), Seed.Shanghai, "left"), DomainRule.WithdrawalMustLeaveTwoBoundParties);
    }

    [Fact]
    public void Two_parties_may_leave_a_tie_of_four_one_after_the_other()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing, Seed.Tianjin).SignedOn(2000, 1, 1);

        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");
        tie.Withdraw(new LocalDate(2011, 1, 1), Seed.Tianjin, "left");

        tie.BindsOn(Seed.Tianjin, new LocalDate(2011, 1, 1)).Should().BeFalse();
        tie.BindsOn(Seed.Shanghai, new LocalDate(2011, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void A_region_that_is_not_a_party_cannot_withdraw()
    {
        Trilateral().RefusesWith(m => m.Withdraw(new LocalDate(2010, 1, 1), Seed.Tianjin, "left"), DomainRule.WithdrawingRegionMustBeABoundParty);
    }

    [Fact]
    public void A_party_withdraws_only_once()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing, Seed.Tianjin).SignedOn(2000, 1, 1);
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");

        tie.RefusesWith(m => m.Withdraw(new LocalDate(2011, 1, 1), Seed.Beijing, "left again"), DomainRule.WithdrawingRegionMustBeABoundParty);
    }

    [Fact]
    public void A_party_that_withdrew_cannot_terminate_the_tie_it_left()
    {
        var tie = Trilateral();
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");

        tie.RefusesWith(m => m.Terminate(new LocalDate(2011, 1, 1), Seed.Beijing, "ended"), DomainRule.TerminatingPartyMustBeAParty);
    }

    [Fact]
    public void A_remaining_party_can_terminate_the_tie_after_a_withdrawal()
    {
        var tie = Trilateral();
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");

        tie.Terminate(new LocalDate(2011, 1, 1), Seed.Shanghai, "ended");

        tie.StatusOn(new LocalDate(2011, 1, 1)).Should().Be(AgreementStatus.Terminated);
    }

    [Fact]
    public void Nobody_withdraws_from_an_ended_tie()
    {
        var tie = Trilateral();
        tie.Terminate(new LocalDate(2010, 1, 1), Seed.Shanghai, "ended");

        tie.RefusesWith(m => m.Withdraw(new LocalDate(2011, 1, 1), Seed.Beijing, "left"), DomainRule.EndedAgreementIsFinal);
    }

    [Fact]
    public void A_withdrawal_needs_a_party_and_a_reason()
    {
        var tie = Trilateral();

        FluentActions.Invoking(() => tie.Withdraw(new LocalDate(2010, 1, 1), null!, "left")).Should().Throw<ArgumentNullException>().WithParameterName("party");
        FluentActions.Invoking(() => tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, " ")).Should().Throw<ArgumentException>().WithParameterName("reason");
        tie.History.Should().HaveCount(1);
    }
}
