using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio.Checks;

/// <summary>
/// Before signing, the register warns when the caller's policy requires an approval for the proposal's kind (by a named
/// body, or by any) and the proposal's history holds none certainly on or before the day.
/// </summary>
public sealed class ApprovalRequiredCheckRules
{
    private const string Council = "경기도의회";

    private static readonly SigningPolicy SisterTiesNeedTheCouncil =
        SigningPolicy.None with { ApprovalRequiredFor = [AgreementKind.SisterCity, AgreementKind.Friendship], ApprovingBody = Council };

    private static Agreement Proposal(AgreementKind kind = AgreementKind.SisterCity) =>
        new AgreementBuilder(kind, [Seed.Gyeonggi, Seed.Shanghai]).WithId("PROPOSAL").ProposedOn(2026, 3, 2);

    private static IReadOnlyList<SigningWarning> Checks(Agreement proposal, SigningPolicy policy, string day = "2026-05-01") =>
        SeedRegister.Empty().ChecksBeforeSigning(Seed.Gyeonggi, proposal, Dates.D(day), policy);

    [Fact]
    public void A_proposal_of_a_kind_the_policy_names_without_an_approval_is_warned_naming_the_kind_and_body()
    {
        Checks(Proposal(), SisterTiesNeedTheCouncil).Should().Equal(new ApprovalMissingWarning(AgreementKind.SisterCity, Council));
    }

    [Theory]
    [InlineData("2026-04-20", 1)]
    [InlineData("2026-04-21", 0)] // boundary: an approval counts from its day
    public void An_approval_by_the_required_body_on_or_before_the_day_satisfies_the_policy(string day, int count)
    {
        var proposal = Proposal();
        proposal.Approve(new LocalDate(2026, 4, 21), "경기도의회");

        Checks(proposal, SisterTiesNeedTheCouncil, day).Should().HaveCount(count);
    }

    [Theory]
    [InlineData("2026-04-29", 1)]
    [InlineData("2026-04-30", 0)] // boundary: an approval "in April" is certainly recorded only from April's last day
    public void An_approval_dated_in_part_counts_only_once_it_has_certainly_happened(string day, int count)
    {
        var proposal = Proposal();
        proposal.Approve(PartialDate.InMonth(2026, 4), Council);

        Checks(proposal, SisterTiesNeedTheCouncil, day).Should().HaveCount(count);
    }

    [Fact]
    public void An_approval_by_another_body_does_not_satisfy_a_policy_naming_one_and_the_body_is_compared_ignoring_case()
    {
        var byTheMinistry = Proposal();
        byTheMinistry.Approve(new LocalDate(2026, 4, 21), "행정안전부");
        var byTheCouncil = new AgreementBuilder(AgreementKind.Friendship, [Seed.Gyeonggi, Seed.Shanghai]).ProposedOn(2026, 3, 2);
        byTheCouncil.Approve(new LocalDate(2026, 4, 21), "gyeonggi provincial council");

        Checks(byTheMinistry, SisterTiesNeedTheCouncil).Should().ContainSingle().Which.Should().BeOfType<ApprovalMissingWarning>();
        Checks(byTheCouncil, SisterTiesNeedTheCouncil with { ApprovingBody = "Gyeonggi Provincial Council" }).Should().BeEmpty();
    }

    [Fact]
    public void A_policy_naming_no_body_is_satisfied_by_any_bodys_approval()
    {
        var proposal = Proposal();
        proposal.Approve(new LocalDate(2026, 4, 21), "행정안전부");

        Checks(proposal, SisterTiesNeedTheCouncil with { ApprovingBody = null }).Should().BeEmpty();
        Checks(Proposal(), SisterTiesNeedTheCouncil with { ApprovingBody = null }).Should().Equal(new ApprovalMissingWarning(AgreementKind.SisterCity, null));
    }

    [Fact]
    public void A_kind_the_policy_does_not_name_needs_no_approval_and_no_policy_requires_none()
    {
        Checks(Proposal(AgreementKind.CooperationMemorandum), SisterTiesNeedTheCouncil).Should().BeEmpty();
        SeedRegister.Empty().ChecksBeforeSigning(Seed.Gyeonggi, Proposal(), new LocalDate(2026, 5, 1)).Should().BeEmpty();
    }

    [Fact]
    public void The_approval_is_asked_once_after_every_partners_warnings()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2020, 1, 1));
        var proposal = A.SisterTieBetween(Seed.Gyeonggi, Seed.Beijing, Seed.Shanghai).ProposedOn(2026, 3, 2);

        register.ChecksBeforeSigning(Seed.Gyeonggi, proposal, new LocalDate(2026, 5, 1), SisterTiesNeedTheCouncil)
            .Select(warning => warning.GetType()).Should().Equal(typeof(AlreadyTiedWarning), typeof(ApprovalMissingWarning));
    }
}
