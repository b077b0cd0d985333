using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// A body's approval (a local council's, before a sister tie is signed) is a dated event of the history with the
/// approving body and its resolution: it stands after the proposal and before the signing, and changes no status.
/// </summary>
public sealed class ApprovalRules
{
    private const string Council = "경기도의회";

    private static Agreement Proposal() => A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-SISTER").ProposedOn(2026, 3, 2);

    [Fact]
    public void A_council_approval_stands_in_the_history_between_the_proposal_and_the_signing_with_its_body_and_resolution()
    {
        var tie = Proposal();

        tie.Approve(new LocalDate(2026, 4, 21), Council, "의안번호 2026-512");
        tie.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);

        tie.History.Select(change => change.GetType()).Should().Equal(typeof(AgreementProposed), typeof(AgreementApproved), typeof(AgreementSigned));
        tie.History[1].Should().Be(new AgreementApproved(tie.Id, new LocalDate(2026, 4, 21), Council, "의안번호 2026-512"));
        tie.DomainEvents[1].Should().Be(tie.History[1]);
    }

    [Theory]
    [InlineData("2026-04-20", AgreementStatus.Proposed)]
    [InlineData("2026-04-21", AgreementStatus.Proposed)] // boundary: the approval's day
    [InlineData("2026-05-20", AgreementStatus.InForce)]
    public void An_approval_changes_no_status(string day, AgreementStatus status)
    {
        var tie = Proposal();

        tie.Approve(new LocalDate(2026, 4, 21), Council);
        tie.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);

        tie.StatusOn(Dates.D(day)).Should().Be(status);
        tie.StatusTimeline.Should().HaveCount(3);
    }

    [Fact]
    public void A_proposal_may_be_approved_by_two_bodies_and_an_approval_dated_in_part_counts()
    {
        var tie = Proposal();

        tie.Approve(PartialDate.InMonth(2026, 4), Council);
        tie.Approve(new LocalDate(2026, 4, 30), "행정안전부");

        tie.History.OfType<AgreementApproved>().Select(approval => approval.Body).Should().Equal(Council, "행정안전부");
    }

    [Fact]
    public void An_approval_before_the_proposal_is_refused_and_changes_nothing()
    {
        var tie = Proposal();

        FluentActions.Invoking(() => tie.Approve(new LocalDate(2026, 3, 1), Council))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.ApprovalMustPrecedeSigning);
        tie.History.Should().ContainSingle();
        tie.DomainEvents.Should().ContainSingle();
    }

    [Theory]
    [InlineData("2026-05-20")] // boundary: on the signing day it stands after the signing
    [InlineData("2026-06-01")]
    public void An_approval_on_or_after_a_recorded_signing_is_refused(string day)
    {
        var tie = Proposal();
        tie.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);

        FluentActions.Invoking(() => tie.Approve(Dates.D(day), Council))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.ApprovalMustPrecedeSigning);
        tie.History.Should().HaveCount(2);
    }

    [Fact]
    public void An_agreement_recorded_as_signed_without_a_proposal_takes_no_approval()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2026, 5, 20);

        FluentActions.Invoking(() => tie.Approve(new LocalDate(2026, 4, 21), Council))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.ApprovalMustPrecedeSigning);
    }

    [Fact]
    public void An_approval_learned_late_stands_at_its_day_before_the_signing()
    {
        var tie = Proposal();
        tie.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);

        tie.Approve(new LocalDate(2026, 4, 21), Council);

        tie.History.Select(change => change.GetType()).Should().Equal(typeof(AgreementProposed), typeof(AgreementApproved), typeof(AgreementSigned));
    }

    [Fact]
    public void A_signing_certainly_before_a_recorded_approval_is_refused()
    {
        var tie = Proposal();
        tie.Approve(new LocalDate(2026, 4, 21), Council);

        FluentActions.Invoking(() => tie.Sign(new LocalDate(2026, 4, 20), SigningDetails.None))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementEventsMustBeInOrder);
        tie.IsSigned.Should().BeFalse();
    }

    [Fact]
    public void The_body_and_resolution_are_trimmed_and_a_blank_one_is_refused()
    {
        var tie = Proposal();

        tie.Approve(new LocalDate(2026, 4, 21), "  경기도의회 ", " 2026-512 ");

        tie.History[^1].Should().Be(new AgreementApproved(tie.Id, new LocalDate(2026, 4, 21), Council, "2026-512"));
        FluentActions.Invoking(() => tie.Approve(new LocalDate(2026, 4, 22), " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("body");
        FluentActions.Invoking(() => tie.Approve(new LocalDate(2026, 4, 22), null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("body");
        FluentActions.Invoking(() => tie.Approve(new LocalDate(2026, 4, 22), Council, "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("resolution");
        tie.History.Should().HaveCount(2);
    }

    [Fact]
    public void An_approval_recorded_in_error_is_retracted()
    {
        var tie = Proposal();
        tie.Approve(new LocalDate(2026, 4, 21), Council);

        tie.Retract(tie.History[^1], "the vote was on another agreement");

        tie.History.Should().ContainSingle();
        tie.Retractions.Should().ContainSingle().Which.Retracted.Should().BeOfType<AgreementApproved>();
    }

    [Fact]
    public void A_stored_history_with_an_approval_is_rebuilt_as_it_was()
    {
        var tie = Proposal();
        tie.Approve(PartialDate.InMonth(2026, 4), Council, "2026-512");
        tie.Sign(new LocalDate(2026, 4, 30), SigningDetails.None);

        var rebuilt = Agreement.Rebuild(tie.ToFacts());

        rebuilt.History.Should().Equal(tie.History);
    }

    [Fact]
    public void A_stored_approval_after_the_signing_is_refused()
    {
        var tie = Proposal();
        tie.Sign(new LocalDate(2026, 5, 20), SigningDetails.None);
        var stored = tie.ToFacts() with { History = [.. tie.History, new AgreementApproved(tie.Id, new LocalDate(2026, 6, 1), Council, null)] };

        FluentActions.Invoking(() => Agreement.Rebuild(stored))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.ApprovalMustPrecedeSigning);
    }
}
