using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>On a date inside an uncertain event, an agreement knows which statuses and kinds it may have, as exact pairs, not just "uncertain".</summary>
public sealed class AgreementPossibilityRules
{
    [Fact]
    public void A_tie_certainly_in_force_whose_upgrade_is_known_only_to_the_year_may_be_a_friendship_or_a_sister_tie_in_force()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 5, 1);
        tie.Upgrade(PartialDate.InYear(2010), AgreementKind.SisterCity);

        var possible = tie.PossibilitiesOn(D("2010-06-01"));

        possible.Statuses.Should().Equal(AgreementStatus.InForce);
        possible.Kinds.Should().Equal(AgreementKind.Friendship, AgreementKind.SisterCity);
        possible.IsCertainly(AgreementStatus.InForce).Should().BeTrue();
        possible.IsCertain.Should().BeFalse();
        (possible.Status, possible.Kind).Should().Be((AgreementStatus.InForce, (AgreementKind?)null));
    }

    [Fact]
    public void A_suspension_known_only_to_the_month_leaves_the_tie_in_force_or_suspended_within_that_month()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 5, 1);
        tie.Suspend(PartialDate.InMonth(2020, 2), SuspensionReason.Pandemic);

        var possible = tie.PossibilitiesOn(D("2020-02-10"));

        possible.Statuses.Should().Equal(AgreementStatus.InForce, AgreementStatus.Suspended);
        possible.Kinds.Should().Equal(AgreementKind.SisterCity);
        possible.Status.Should().Be(AgreementStatus.Uncertain);
        possible.MayBe(AgreementStatus.Suspended).Should().BeTrue();
        possible.MayBe(AgreementStatus.Terminated).Should().BeFalse();
        possible.IsCertainly(AgreementStatus.InForce).Should().BeFalse();
    }

    [Fact]
    public void Statuses_and_kinds_are_kept_as_pairs_so_a_tie_that_may_be_upgraded_then_ended_is_never_a_sister_tie_before_it()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 5, 1);
        tie.Upgrade(PartialDate.InYear(2010), AgreementKind.SisterCity);
        tie.Terminate(PartialDate.InYear(2010), Seed.Shanghai, "Dissolved");

        var possible = tie.PossibilitiesOn(D("2010-06-01"));

        possible.Contains(AgreementStatus.InForce, AgreementKind.Friendship).Should().BeTrue();
        possible.Contains(AgreementStatus.InForce, AgreementKind.SisterCity).Should().BeTrue();
        possible.Contains(AgreementStatus.Terminated, AgreementKind.SisterCity).Should().BeTrue();
        possible.Contains(AgreementStatus.Terminated, AgreementKind.Friendship).Should().BeFalse("it was terminated only after its upgrade");
        possible.ToString().Should().Be("InForce Friendship | InForce SisterCity | Terminated SisterCity");
    }

    [Fact]
    public void A_term_from_a_day_known_only_to_the_month_may_have_run_out_within_the_month_it_may_end_in()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));

        mou.PossibilitiesOn(D("2028-09-15")).Statuses.Should().Equal(AgreementStatus.InForce, AgreementStatus.Expired);
        mou.PossibilitiesOn(D("2028-09-30")).IsCertainly(AgreementStatus.Expired).Should().BeTrue();
    }

    [Fact]
    public void On_a_date_with_nothing_uncertain_there_is_exactly_one_possibility()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        var possible = mou.PossibilitiesOn(D("2025-09-25"));

        possible.IsCertain.Should().BeTrue();
        possible.Contains(AgreementStatus.InForce, AgreementKind.CooperationMemorandum).Should().BeTrue();
        possible.ToString().Should().Be("InForce CooperationMemorandum");
    }

    [Fact]
    public void A_status_or_kind_that_is_not_defined_is_never_possible()
    {
        var possible = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25).PossibilitiesOn(D("2025-09-25"));

        possible.Contains((AgreementStatus)12, AgreementKind.CooperationMemorandum).Should().BeFalse();
        possible.Contains(AgreementStatus.InForce, (AgreementKind)5).Should().BeFalse();
        possible.Contains((AgreementStatus)(-1), AgreementKind.LetterOfIntent).Should().BeFalse();
    }

    [Fact]
    public void The_default_possibilities_hold_nothing_and_are_certainly_no_status()
    {
        var nothing = default(AgreementPossibilities);

        nothing.Statuses.Should().BeEmpty();
        nothing.Kinds.Should().BeEmpty();
        nothing.IsCertainly(AgreementStatus.None).Should().BeFalse();
        nothing.IsCertain.Should().BeFalse();
        nothing.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Each_uncertain_span_of_the_status_timeline_says_between_which_statuses()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(1).SignedOn(PartialDate.InMonth(2025, 9));
        mou.Suspend(PartialDate.InMonth(2025, 10), SuspensionReason.Political);

        mou.StatusTimeline.Where(span => span.Status == AgreementStatus.Uncertain).Select(span => span.Possibilities.Statuses).Should().BeEquivalentTo(
            [
                [AgreementStatus.None, AgreementStatus.InForce],
                [AgreementStatus.InForce, AgreementStatus.Suspended],
                new[] { AgreementStatus.Suspended, AgreementStatus.Expired },
            ],
            options => options.WithStrictOrdering());
    }
}
