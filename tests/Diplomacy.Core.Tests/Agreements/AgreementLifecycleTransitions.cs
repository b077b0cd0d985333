using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Each act of the lifecycle moves the agreement to its status from the act's day on.</summary>
public sealed class AgreementLifecycleTransitions
{
    private static readonly LocalDate Day = new(2025, 9, 25);

    [Fact]
    public void A_proposed_agreement_is_proposed_until_it_is_signed()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        mou.StatusOn(new LocalDate(2025, 3, 1)).Should().Be(AgreementStatus.Proposed);
        mou.IsSigned.Should().BeFalse();
        mou.SignedOn.Should().BeNull();
    }

    [Fact]
    public void Signing_a_proposed_agreement_puts_it_in_force_from_the_signing_day()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        mou.Sign(Day, new SigningDetails { Place = Seed.Beijing });

        mou.StatusOn(Day.PlusDays(-1)).Should().Be(AgreementStatus.Proposed);
        mou.StatusOn(Day).Should().Be(AgreementStatus.InForce);
        mou.SignedOn.Should().Be(PartialDate.On(Day));
        mou.SigningPlace.Should().Be(Seed.Beijing);
    }

    [Fact]
    public void A_signed_letter_of_intent_is_in_force_as_a_letter_of_intent()
    {
        var letter = A.LetterOfIntentBetween(Seed.Gyeonggi, Seed.Beijing).SignedOn(2024, 6, 1);

        letter.StatusOn(Day).Should().Be(AgreementStatus.InForce);
        letter.KindOn(Day).Should().Be(AgreementKind.LetterOfIntent);
    }

    [Fact]
    public void Entering_into_force_puts_an_awaiting_agreement_in_force()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).EnteringIntoForceLater().SignedOn(2025, 1, 10);

        mou.EnterIntoForce(Day);

        mou.StatusOn(Day).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void A_tie_suspended_during_the_pandemic_is_suspended_until_it_is_resumed()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2019, 11, 1);

        mou.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic, "COVID-19");
        mou.Resume(new LocalDate(2025, 9, 23));

        mou.StatusOn(new LocalDate(2023, 1, 1)).Should().Be(AgreementStatus.Suspended);
        mou.StatusOn(new LocalDate(2025, 9, 23)).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void A_renewal_replaces_the_term()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2022, 9, 25);

        mou.Renew(Day, AgreementTerm.OfYears(5));

        mou.Term.Should().Be(AgreementTerm.OfYears(5));
        mou.TermEndsOn(Day).Should().Be(new LocalDate(2030, 9, 24));
    }

    [Fact]
    public void An_upgrade_deepens_the_kind_and_keeps_the_tie_in_force()
    {
        var tie = A.FriendshipBetween(Seed.Suwon, Seed.Tianjin).SignedOn(2005, 3, 1);

        tie.Upgrade(Day, AgreementKind.SisterCity);

        tie.Kind.Should().Be(AgreementKind.SisterCity);
        tie.StatusOn(Day).Should().Be(AgreementStatus.InForce);
    }

    [Fact]
    public void A_tie_terminated_by_a_party_is_terminated_from_that_day_on()
    {
        var tie = A.SisterTieBetween(Seed.Shanghai, Seed.Suwon).SignedOn(2009, 1, 1);

        tie.Terminate(new LocalDate(2020, 1, 14), Seed.Shanghai, "political");

        tie.StatusOn(new LocalDate(2020, 1, 13)).Should().Be(AgreementStatus.InForce);
        tie.StatusOn(new LocalDate(2020, 1, 14)).Should().Be(AgreementStatus.Terminated);
        tie.StatusOn(new LocalDate(2090, 1, 1)).Should().Be(AgreementStatus.Terminated);
    }

    [Fact]
    public void A_terminated_tie_stays_terminated_after_its_term_would_have_run_out()
    {
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).ForYears(1).SignedOn(2020, 1, 1);

        tie.Terminate(new LocalDate(2020, 6, 1), Seed.Tianjin, "political");

        tie.StatusOn(new LocalDate(2022, 1, 1)).Should().Be(AgreementStatus.Terminated);
    }

    [Fact]
    public void A_superseded_agreement_is_superseded_from_that_day_on()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2015, 1, 1);

        mou.Supersede(Day, new AgreementId("GG-SH-2025"));

        mou.StatusOn(Day.PlusDays(-1)).Should().Be(AgreementStatus.InForce);
        mou.StatusOn(Day).Should().Be(AgreementStatus.Superseded);
    }

    [Fact]
    public void Before_anything_happened_the_status_is_none()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        mou.StatusOn(LocalDate.MinIsoValue).Should().Be(AgreementStatus.None);
    }
}
