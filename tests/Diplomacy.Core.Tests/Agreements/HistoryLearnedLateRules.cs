using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// An event learned late is recorded at its day, not only at the end: the whole history is checked again, refused as
/// a whole when it breaks a rule, and every answer follows it.
/// </summary>
public sealed class HistoryLearnedLateRules
{
    private static Agreement RenewedIn2020()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(5).SignedOn(2000, 4, 1);
        tie.Renew(new LocalDate(2005, 4, 1), AgreementTerm.OfYears(15));
        tie.Renew(new LocalDate(2020, 4, 1), AgreementTerm.OfYears(5));
        return tie;
    }

    [Fact]
    public void A_suspension_learned_after_a_later_renewal_is_recorded_at_its_day()
    {
        var tie = RenewedIn2020();

        tie.Suspend(new LocalDate(2003, 5, 1), SuspensionReason.Pandemic);

        tie.History.Select(change => change.OccurredOn.Exact).Should().Equal(
            new LocalDate(2000, 4, 1), new LocalDate(2003, 5, 1), new LocalDate(2005, 4, 1), new LocalDate(2020, 4, 1));
        tie.DomainEvents[^1].Should().BeOfType<AgreementSuspended>();
    }

    [Fact]
    public void Every_status_answer_follows_an_event_learned_late()
    {
        var tie = RenewedIn2020();
        tie.StatusOn(new LocalDate(2003, 6, 1)).Should().Be(AgreementStatus.InForce);

        tie.Suspend(new LocalDate(2003, 5, 1), SuspensionReason.Pandemic);

        tie.StatusOn(new LocalDate(2003, 4, 30)).Should().Be(AgreementStatus.InForce);
        tie.StatusOn(new LocalDate(2003, 5, 1)).Should().Be(AgreementStatus.Suspended);
        tie.StatusOn(new LocalDate(2021, 1, 1)).Should().Be(AgreementStatus.Suspended, "a renewal does not lift a suspension");
        tie.StatusTimeline.Should().Contain(span => span.From == new LocalDate(2003, 5, 1) && span.Status == AgreementStatus.Suspended);
    }

    [Fact]
    public void An_event_learned_late_on_the_day_of_a_recorded_event_comes_after_it()
    {
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Suspend(new LocalDate(2021, 1, 1), SuspensionReason.Pandemic);
        tie.Upgrade(new LocalDate(2022, 1, 1), AgreementKind.Friendship);

        tie.Resume(new LocalDate(2021, 1, 1));

        tie.History[2].Should().BeOfType<AgreementResumed>();
        tie.StatusOn(new LocalDate(2021, 1, 1)).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void A_late_event_that_strands_a_later_one_is_refused_as_a_whole()
    {
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Suspend(new LocalDate(2021, 1, 1), SuspensionReason.Pandemic);
        tie.Resume(new LocalDate(2022, 1, 1));

        // Suspended in 2020 and again in 2021 without a resumption between them: the 2021 suspension no longer holds.
        tie.RefusesWith(m => m.Suspend(new LocalDate(2020, 6, 1), SuspensionReason.Political), DomainRule.SuspendOnlyAnAgreementInForce);
    }

    [Fact]
    public void A_late_upgrade_is_judged_against_the_kind_at_its_day_and_the_later_upgrades_against_it()
    {
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Upgrade(new LocalDate(2024, 1, 1), AgreementKind.Friendship);

        // Sister in 2022 would leave the 2024 upgrade to a friendship no deeper than what it follows.
        tie.RefusesWith(m => m.Upgrade(new LocalDate(2022, 1, 1), AgreementKind.SisterCity), DomainRule.UpgradeMustBeDeeper);
    }

    [Fact]
    public void A_late_upgrade_records_the_kind_it_upgraded_from_at_its_day()
    {
        var tie = A.LetterOfIntentBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Upgrade(new LocalDate(2024, 1, 1), AgreementKind.SisterCity);

        tie.Upgrade(new LocalDate(2022, 1, 1), AgreementKind.Friendship);

        tie.History[1].Should().Be(new AgreementUpgraded(tie.Id, new LocalDate(2022, 1, 1), AgreementKind.LetterOfIntent, AgreementKind.Friendship));
        tie.KindOn(new LocalDate(2023, 1, 1)).Should().Be(AgreementKind.Friendship);
        tie.KindOn(new LocalDate(2024, 1, 1)).Should().Be(AgreementKind.SisterCity);
    }

    [Fact]
    public void A_late_event_before_the_signing_is_refused()
    {
        var tie = RenewedIn2020();

        tie.RefusesWith(m => m.Suspend(new LocalDate(1999, 1, 1), SuspensionReason.Other), DomainRule.AgreementEventCannotPrecedeSigning);
    }

    [Fact]
    public void An_event_learned_late_that_happened_before_the_end_of_an_ended_agreement_is_accepted()
    {
        var tie = RenewedIn2020();
        tie.Terminate(new LocalDate(2022, 1, 1), Seed.Shanghai, "political");

        tie.Suspend(new LocalDate(2003, 5, 1), SuspensionReason.Pandemic);

        tie.StatusOn(new LocalDate(2003, 5, 1)).Should().Be(AgreementStatus.Suspended);
        tie.StatusOn(new LocalDate(2022, 1, 1)).Should().Be(AgreementStatus.Terminated);
    }

    [Fact]
    public void Facts_about_an_ended_agreement_are_still_accepted()
    {
        var tie = RenewedIn2020();
        tie.Terminate(new LocalDate(2022, 1, 1), Seed.Shanghai, "political");
        var source = SourceReference.FromCitation("Shanghai Foreign Affairs Office, 2022 yearbook");

        tie.AddSource(source);
        tie.AddSource(source, tie.History[^1]);
        tie.AddNote("ended after the 2021 dispute");

        tie.Sources.Should().Equal(source);
        tie.SourcesOf(tie.History[^1]).Should().Equal(source);
        tie.Notes.Should().Equal("ended after the 2021 dispute");
    }

    [Fact]
    public void A_new_act_after_the_end_is_refused()
    {
        var tie = RenewedIn2020();
        tie.Terminate(new LocalDate(2022, 1, 1), Seed.Shanghai, "political");

        tie.RefusesWith(m => m.Suspend(new LocalDate(2022, 1, 2), SuspensionReason.Other), DomainRule.EndedAgreementIsFinal);
    }

    [Fact]
    public void A_late_termination_before_a_recorded_act_is_refused_since_no_act_follows_the_end()
    {
        var tie = RenewedIn2020();

        tie.RefusesWith(m => m.Terminate(new LocalDate(2010, 1, 1), Seed.Shanghai, "political"), DomainRule.EndedAgreementIsFinal);
    }

    [Fact]
    public void An_event_that_may_fall_after_the_end_is_refused_as_an_act_after_it()
    {
        var tie = RenewedIn2020();
        tie.Terminate(new LocalDate(2022, 6, 1), Seed.Shanghai, "political");

        tie.RefusesWith(m => m.Suspend(PartialDate.InYear(2022), SuspensionReason.Other), DomainRule.EndedAgreementIsFinal);
    }

    [Fact]
    public void An_event_that_may_follow_the_last_recorded_event_is_accepted_though_its_date_is_known_only_in_part()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);
        mou.Suspend(new LocalDate(2026, 3, 15), SuspensionReason.Pandemic);

        mou.Resume(PartialDate.InMonth(2026, 3));

        mou.History.Should().HaveCount(3);
    }
}
