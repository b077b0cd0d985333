using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>An invalid history is refused with the rule it breaks, and the refused command changes nothing.</summary>
public sealed class RefusedHistoryRules
{
    private static Agreement SignedMou() => A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);

    [Fact]
    public void Resuming_what_is_not_suspended_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 1, 1)), DomainRule.ResumeOnlyASuspendedAgreement);
    }

    [Fact]
    public void Suspending_what_is_already_suspended_is_refused()
    {
        var mou = SignedMou();
        mou.Suspend(new LocalDate(2026, 1, 1), SuspensionReason.Pandemic);

        mou.RefusesWith(m => m.Suspend(new LocalDate(2026, 2, 1), SuspensionReason.Political), DomainRule.SuspendOnlyAnAgreementInForce);
    }

    [Fact]
    public void Suspending_what_has_not_entered_into_force_is_refused()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.RefusesWith(m => m.Suspend(new LocalDate(2026, 2, 1), SuspensionReason.Other), DomainRule.SuspendOnlyAnAgreementInForce);
    }

    [Theory]
    [InlineData("2028-09-24", false)] // the term's last day: still in force, so it can be suspended
    [InlineData("2028-09-25", true)] // boundary: certainly expired
    public void Suspending_what_has_certainly_expired_is_refused(string day, bool refused)
    {
        var mou = SignedMou();
        var suspend = (Agreement m) => m.Suspend(Dates.D(day), SuspensionReason.Other);

        if (refused)
        {
            mou.RefusesWith(suspend, DomainRule.SuspendOnlyAnAgreementInForce);
        }
        else
        {
            suspend(mou);
            mou.StatusOn(Dates.D(day)).Should().Be(AgreementStatus.Suspended);
        }
    }

    [Fact]
    public void An_event_before_the_signing_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Suspend(new LocalDate(2025, 9, 24), SuspensionReason.Pandemic), DomainRule.AgreementEventCannotPrecedeSigning);
    }

    [Fact]
    public void Nothing_but_the_signing_follows_a_proposal()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Terminate(new LocalDate(2025, 4, 1), Seed.Beijing, "dropped"), DomainRule.AgreementEventCannotPrecedeSigning);
    }

    [Fact]
    public void A_signing_before_the_proposal_is_refused()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Sign(new LocalDate(2025, 2, 1), SigningDetails.None), DomainRule.AgreementEventsMustBeInOrder);
    }

    [Fact]
    public void An_event_certainly_before_the_last_recorded_event_is_judged_at_its_day_and_refused_when_the_history_breaks_a_rule_there()
    {
        var mou = SignedMou();
        mou.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic);

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 2, 28)), DomainRule.ResumeOnlyASuspendedAgreement);
    }

    [Fact]
    public void An_event_that_may_follow_the_last_recorded_event_is_accepted_though_its_date_is_known_only_in_part()
    {
        var mou = SignedMou();
        mou.Suspend(new LocalDate(2026, 3, 15), SuspensionReason.Pandemic);

        mou.Resume(PartialDate.InMonth(2026, 3));

        mou.History.Should().HaveCount(3);
    }

    [Fact]
    public void Termination_by_a_region_that_is_not_a_party_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Terminate(new LocalDate(2026, 1, 1), Seed.Beijing, "political"), DomainRule.TerminatingPartyMustBeAParty);
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("P-1Y")]
    [InlineData("P1Y-1D")]
    [InlineData("PT12H")]
    public void A_renewal_with_a_term_that_is_not_positive_is_refused(string period)
    {
        var mou = SignedMou();
        var term = new AgreementTerm(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);

        mou.RefusesWith(m => m.Renew(new LocalDate(2026, 1, 1), term), DomainRule.AgreementTermMustBePositive);
    }

    [Fact]
    public void A_renewal_before_the_entry_into_force_is_refused()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.RefusesWith(m => m.Renew(new LocalDate(2026, 1, 1), AgreementTerm.OfYears(3)), DomainRule.RenewOnlyAnAgreementThatEnteredIntoForce);
    }

    [Theory]
    [InlineData(AgreementKind.CooperationMemorandum)] // the same kind
    [InlineData(AgreementKind.SectorAgreement)] // the same depth
    [InlineData(AgreementKind.LetterOfIntent)] // shallower
    public void An_upgrade_that_is_not_deeper_is_refused(AgreementKind to)
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Upgrade(new LocalDate(2026, 1, 1), to), DomainRule.UpgradeMustBeDeeper);
    }

    [Fact]
    public void An_upgrade_is_judged_against_the_kind_after_earlier_upgrades()
    {
        var tie = SignedMou();
        tie.Upgrade(new LocalDate(2026, 1, 1), AgreementKind.SisterCity);

        tie.RefusesWith(m => m.Upgrade(new LocalDate(2027, 1, 1), AgreementKind.Friendship), DomainRule.UpgradeMustBeDeeper);
    }

    public static TheoryData<string> Commands => ["suspend", "resume", "renew", "upgrade", "terminate", "supersede", "enter into force"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Nothing_is_recorded_after_termination(string command)
    {
        var mou = SignedMou();
        mou.Terminate(new LocalDate(2026, 1, 1), Seed.Shanghai, "political");

        mou.RefusesWith(m => Run(m, command, new LocalDate(2026, 6, 1)), DomainRule.EndedAgreementIsFinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Nothing_is_recorded_after_supersession(string command)
    {
        var mou = SignedMou();
        mou.Supersede(new LocalDate(2026, 1, 1), new AgreementId("NEWER"));

        mou.RefusesWith(m => Run(m, command, new LocalDate(2026, 6, 1)), DomainRule.EndedAgreementIsFinal);
    }

    [Fact]
    public void An_agreement_is_signed_only_once()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Sign(new LocalDate(2026, 1, 1), SigningDetails.None), DomainRule.AgreementIsSignedOnce);
    }

    [Fact]
    public void Entry_into_force_is_refused_when_the_agreement_did_not_await_it()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.EnterIntoForce(new LocalDate(2026, 1, 1)), DomainRule.EntryIntoForceMustBeAwaited);
    }

    [Fact]
    public void An_agreement_cannot_supersede_itself()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Supersede(new LocalDate(2026, 1, 1), mou.Id), DomainRule.AgreementCannotSupersedeItself);
    }

    [Fact]
    public void A_contact_person_must_speak_for_a_party()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.AddContactPerson(new ContactPerson("Someone", Seed.Beijing)), DomainRule.AgreementPersonMustRepresentAParty);
    }

    [Fact]
    public void A_signing_of_a_proposal_with_a_signatory_for_no_party_is_refused()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);
        var details = new SigningDetails { Signatories = [new Signatory("Gong Zheng", "Mayor", Seed.Shanghai)] };

        proposal.RefusesWith(m => m.Sign(new LocalDate(2025, 9, 1), details), DomainRule.AgreementPersonMustRepresentAParty);
    }

    private static void Run(Agreement agreement, string command, LocalDate on)
    {
        switch (command)
        {
            case "suspend": agreement.Suspend(on, SuspensionReason.Other); break;
            case "resume": agreement.Resume(on); break;
            case "renew": agreement.Renew(on, AgreementTerm.OfYears(3)); break;
            case "upgrade": agreement.Upgrade(on, AgreementKind.SisterCity); break;
            case "terminate": agreement.Terminate(on, Seed.Gyeonggi, "again"); break;
            case "supersede": agreement.Supersede(on, new AgreementId("OTHER")); break;
            default: agreement.EnterIntoForce(on); break;
        }
    }
}
