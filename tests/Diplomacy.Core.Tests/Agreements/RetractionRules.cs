using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// An event recorded in error is retracted with a reason: it no longer counts, the retraction is kept and raised, and
/// what remains must still be a valid history.
/// </summary>
public sealed class RetractionRules
{
    private static Agreement SuspendedIn2003()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 4, 1);
        tie.Suspend(new LocalDate(2003, 5, 1), SuspensionReason.Pandemic);
        return tie;
    }

    [Fact]
    public void A_retracted_event_no_longer_counts()
    {
        var tie = SuspendedIn2003();
        var suspension = tie.History[1];

        tie.Retract(suspension, "another city's suspension");

        tie.History.Should().NotContain(suspension);
        tie.StatusOn(new LocalDate(2003, 5, 1)).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void A_retraction_is_kept_with_its_reason_and_raised_as_a_domain_event()
    {
        var tie = SuspendedIn2003();
        var suspension = tie.History[1];
        tie.ClearDomainEvents();

        tie.Retract(suspension, "  another city's suspension ");

        var retraction = new AgreementEventRetracted(tie.Id, suspension, "another city's suspension");
        tie.Retractions.Should().Equal(retraction);
        tie.DomainEvents.Should().Equal(retraction);
        retraction.OccurredOn.Should().Be(suspension.OccurredOn);
    }

    [Fact]
    public void Retracting_a_suspension_that_a_resumption_depends_on_is_refused()
    {
        var tie = SuspendedIn2003();
        tie.Resume(new LocalDate(2004, 1, 1));

        tie.RefusesWith(m => m.Retract(m.History[1], "wrong"), DomainRule.ResumeOnlyASuspendedAgreement);
    }

    [Fact]
    public void The_signing_cannot_be_retracted()
    {
        var tie = SuspendedIn2003();

        tie.RefusesWith(m => m.Retract(m.History[0], "wrong"), DomainRule.AgreementSigningCannotBeRetracted);
    }

    [Fact]
    public void The_proposal_cannot_be_retracted()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Retract(m.History[0], "wrong"), DomainRule.AgreementSigningCannotBeRetracted);
    }

    [Fact]
    public void Retracting_an_event_that_is_not_in_the_history_is_a_caller_mistake()
    {
        var tie = SuspendedIn2003();
        var stranger = new AgreementResumed(tie.Id, new LocalDate(2004, 1, 1));

        FluentActions.Invoking(() => tie.Retract(stranger, "wrong")).Should().Throw<ArgumentException>()
            .WithMessage("Agreement TEST-1 has no such event in its history: *").WithParameterName("recorded");
        FluentActions.Invoking(() => tie.Retract(null!, "wrong")).Should().Throw<ArgumentNullException>().WithParameterName("recorded");
        FluentActions.Invoking(() => tie.Retract(tie.History[1], " ")).Should().Throw<ArgumentException>().WithParameterName("reason");
        tie.History.Should().HaveCount(2);
    }

    [Fact]
    public void A_retracted_termination_lets_the_agreement_take_new_acts_again()
    {
        var tie = SuspendedIn2003();
        tie.Terminate(new LocalDate(2010, 1, 1), Seed.Shanghai, "political");

        tie.Retract(tie.History[^1], "the termination was of another tie");
        tie.Resume(new LocalDate(2011, 1, 1));

        tie.StatusOn(new LocalDate(2011, 1, 1)).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void Of_two_equal_events_the_latest_is_retracted()
    {
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Suspend(new LocalDate(2021, 1, 1), SuspensionReason.Pandemic);
        tie.Resume(new LocalDate(2021, 1, 1));
        tie.Suspend(new LocalDate(2021, 1, 1), SuspensionReason.Pandemic);

        tie.Retract(tie.History[1], "recorded twice");

        tie.History.Select(change => change.GetType()).Should().Equal(typeof(AgreementSigned), typeof(AgreementSuspended), typeof(AgreementResumed));
    }

    [Fact]
    public void A_retracted_withdrawal_binds_the_party_again()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).SignedOn(2000, 1, 1);
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");

        tie.Retract(tie.History[^1], "it never left");

        tie.BindsOn(Seed.Beijing, new LocalDate(2011, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Retracting_another_event_keeps_a_withdrawn_party_unbound()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).SignedOn(2000, 1, 1);
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");
        tie.Suspend(new LocalDate(2011, 1, 1), SuspensionReason.Pandemic);

        tie.Retract(tie.History[^1], "misreported");

        tie.BindsOn(Seed.Beijing, new LocalDate(2012, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void A_later_upgrade_restated_by_an_earlier_one_learned_late_keeps_its_sources()
    {
        var tie = A.LetterOfIntentBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Upgrade(new LocalDate(2024, 1, 1), AgreementKind.SisterCity);
        var source = SourceReference.FromCitation("City gazette, 2024");
        tie.AddSource(source, tie.History[^1]);

        tie.Upgrade(new LocalDate(2022, 1, 1), AgreementKind.Friendship);

        var restated = tie.History[^1];
        restated.Should().Be(new AgreementUpgraded(tie.Id, new LocalDate(2024, 1, 1), AgreementKind.Friendship, AgreementKind.SisterCity));
        tie.SourcesOf(restated).Should().Equal(source);
        tie.SourcesOf(tie.History[1]).Should().BeEmpty();
    }
}
