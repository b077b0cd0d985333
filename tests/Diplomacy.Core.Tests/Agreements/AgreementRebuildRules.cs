using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>What a rebuild keeps: the proposal before the signing, retractions with their reasons, withdrawals, and the sources of each event.</summary>
public sealed class AgreementRebuildRules
{
    [Fact]
    public void A_proposed_agreement_rebuilds_as_proposed_and_can_be_signed_afterwards()
    {
        var proposed = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2025, 3, 1);

        var rebuilt = Agreement.Rebuild(proposed.ToFacts());
        rebuilt.Sign(new LocalDate(2025, 9, 25), SigningDetails.None);

        rebuilt.StatusOn(new LocalDate(2025, 9, 25)).Should().Be(AgreementStatus.InForce);
        rebuilt.History[0].Should().BeOfType<AgreementProposed>();
    }

    [Fact]
    public void A_retraction_is_rebuilt_with_the_event_taken_back_its_reason_and_its_sources()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1993, 10, 1);
        tie.Suspend(new LocalDate(2003, 4, 1), SuspensionReason.Other);
        var wrong = tie.History[^1];
        tie.AddSource(SourceReference.FromCitation("A report of 2003 about another city"), wrong);
        tie.Retract(wrong, "the 2003 suspension was another city's");

        var rebuilt = Agreement.Rebuild(tie.ToFacts());

        rebuilt.Retractions.Should().Equal(new AgreementEventRetracted(tie.Id, wrong, "the 2003 suspension was another city's"));
        rebuilt.StatusOn(new LocalDate(2003, 4, 1)).Should().Be(AgreementStatus.InForce);
        rebuilt.SourcesOf(wrong).Should().Equal(SourceReference.FromCitation("A report of 2003 about another city"));
    }

    [Fact]
    public void A_withdrawal_is_rebuilt_so_the_party_that_left_is_no_longer_bound()
    {
        var trilateral = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin).SignedOn(2015, 5, 1);
        trilateral.Withdraw(new LocalDate(2021, 3, 1), Seed.Tianjin, "regional reorganisation");

        var rebuilt = Agreement.Rebuild(trilateral.ToFacts());

        rebuilt.BindsOn(Seed.Tianjin, new LocalDate(2021, 3, 1)).Should().BeFalse();
        rebuilt.BindsOn(Seed.Tianjin, new LocalDate(2021, 2, 28)).Should().BeTrue();
        rebuilt.RefusesWith(a => a.Withdraw(new LocalDate(2022, 1, 1), Seed.Tianjin, "again"), DomainRule.WithdrawingRegionMustBeABoundParty);
    }

    [Fact]
    public void An_upgrade_dated_between_two_reports_is_rebuilt_with_both_sources_side_by_side()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 1, 1);
        tie.Upgrade(PartialDate.Between(new LocalDate(2025, 5, 19), new LocalDate(2025, 6, 19)), AgreementKind.SisterCity);
        var upgrade = tie.History[^1];
        tie.AddSource(SourceReference.FromCitation("City gazette: upgraded 19 May 2025"), upgrade);
        tie.AddSource(SourceReference.FromCitation("Daily report: upgraded 19 June 2025"), upgrade);

        var rebuilt = Agreement.Rebuild(tie.ToFacts());

        rebuilt.SourcesOf(upgrade).Should().Equal(tie.SourcesOf(upgrade));
        rebuilt.KindOn(new LocalDate(2025, 6, 1)).Should().BeNull();
    }
}
