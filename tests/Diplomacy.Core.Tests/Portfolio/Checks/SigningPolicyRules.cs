using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Checks;

/// <summary>A signing policy holds only defined kinds, a named body or none, and listed regions; the checks are made for a party of the proposal.</summary>
public sealed class SigningPolicyRules
{
    [Fact]
    public void The_policy_with_nothing_set_requires_no_approval_and_lists_no_conflict()
    {
        SigningPolicy.None.ApprovalRequiredFor.Should().BeEmpty();
        SigningPolicy.None.ApprovingBody.Should().BeNull();
        SigningPolicy.None.ConflictingRegions.Should().BeEmpty();
    }

    [Fact]
    public void A_kind_named_twice_is_kept_once_and_the_body_is_trimmed()
    {
        var policy = SigningPolicy.None with { ApprovalRequiredFor = [AgreementKind.SisterCity, AgreementKind.SisterCity], ApprovingBody = " 경기도의회 " };

        policy.ApprovalRequiredFor.Should().Equal(AgreementKind.SisterCity);
        policy.ApprovingBody.Should().Be("경기도의회");
    }

    [Fact]
    public void An_undefined_kind_a_blank_body_or_a_missing_list_is_refused_naming_the_setting()
    {
        FluentActions.Invoking(() => SigningPolicy.None with { ApprovalRequiredFor = [(AgreementKind)99] })
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(nameof(SigningPolicy.ApprovalRequiredFor));
        FluentActions.Invoking(() => SigningPolicy.None with { ApprovalRequiredFor = null! })
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(nameof(SigningPolicy.ApprovalRequiredFor));
        FluentActions.Invoking(() => SigningPolicy.None with { ApprovingBody = " " })
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(nameof(SigningPolicy.ApprovingBody));
        FluentActions.Invoking(() => SigningPolicy.None with { ConflictingRegions = null! })
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(nameof(SigningPolicy.ConflictingRegions));
        FluentActions.Invoking(() => SigningPolicy.None with { ConflictingRegions = [null!] })
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(nameof(SigningPolicy.ConflictingRegions));
    }

    [Fact]
    public void The_checks_are_refused_for_a_home_that_is_not_a_party_or_for_nothing()
    {
        var register = SeedRegister.Empty();
        var proposal = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2026, 3, 2);

        FluentActions.Invoking(() => register.ChecksBeforeSigning(Seed.Suwon, proposal, new LocalDate(2026, 5, 1)))
            .Should().Throw<ArgumentException>().WithMessage("*KR-41-SUWON*TEST-1*").Which.ParamName.Should().Be("home");
        FluentActions.Invoking(() => register.ChecksBeforeSigning(null!, proposal, new LocalDate(2026, 5, 1)))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("home");
        FluentActions.Invoking(() => register.ChecksBeforeSigning(Seed.Gyeonggi, null!, new LocalDate(2026, 5, 1)))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("proposal");
    }

    [Fact]
    public void A_day_of_another_calendar_is_read_as_the_same_day()
    {
        var proposal = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2026, 3, 2);
        proposal.Approve(new LocalDate(2026, 5, 10), "경기도의회");
        var policy = SigningPolicy.None with { ApprovalRequiredFor = [AgreementKind.SisterCity] };

        // 1 May 2026 in the Julian calendar is 14 May 2026 in the ISO calendar: the approval of 10 May counts.
        SeedRegister.Empty().ChecksBeforeSigning(Seed.Gyeonggi, proposal, new LocalDate(2026, 5, 1, CalendarSystem.Julian), policy).Should().BeEmpty();
    }
}
