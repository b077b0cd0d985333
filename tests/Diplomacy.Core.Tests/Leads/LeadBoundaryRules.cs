using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Leads;

/// <summary>Which ties, commitments and visits are leads follows the coverage's criteria, the date and the home.</summary>
public sealed class LeadBoundaryRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    private static readonly LocalDate Day = new(2025, 9, 26);

    private static List<CoverageLead> LeadsForBeijing(Register register, CoverageCriteria? criteria = null) =>
        [.. register.LeadsFor(register.Coverage(Seed.Gyeonggi, Municipalities, Day, criteria), Period.FromYears(2)).Where(lead => lead.Member.Equals(Seed.Beijing))];

    [Fact]
    public void A_tie_whose_kind_is_uncertain_is_one_lead_to_confirm()
    {
        var register = SeedRegister.Empty();
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2000, 1, 1);
        tie.Upgrade(PartialDate.InMonth(2025, 9), AgreementKind.Friendship);
        register.Add(tie);
        var friendships = CoverageCriteria.Default with { Kinds = [AgreementKind.Friendship] };

        LeadsForBeijing(register, friendships).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.UncertainTie);
    }

    [Fact]
    public void A_partner_whose_tie_is_with_a_place_inside_the_member_does_not_introduce()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ").SignedOn(2020, 1, 1));
        register.Add(A.SisterTieBetween(Seed.Chongqing, SeedRegister.Pudong).WithId("CQ-PD").SignedOn(2020, 1, 1));

        var leads = register.LeadsFor(register.Coverage(Seed.Gyeonggi, Municipalities, Day), Period.FromYears(2));

        leads.Should().BeEmpty();
    }

    [Fact]
    public void Only_partners_of_the_home_on_a_tie_with_the_member_introduce()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ").SignedOn(2020, 1, 1));
        register.Add(A.MouBetween(Seed.Chongqing, Seed.Beijing, Seed.Tianjin).WithId("CQ-BJ-TJ").SignedOn(2020, 1, 1));

        LeadsForBeijing(register).Should().ContainSingle().Which.Via.Should().Be(Seed.Chongqing);
    }

    [Fact]
    public void Leads_of_one_kind_run_by_evidence_then_by_the_region_they_go_through()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Add(A.SisterTieBetween(Seed.Shanghai, Seed.Beijing).WithId("B-BJ").SignedOn(2020, 1, 1));
        register.Add(A.MouBetween(Seed.Shanghai, Seed.Chongqing, Seed.Beijing).WithId("A-BJ").SignedOn(2020, 1, 1));

        LeadsForBeijing(register).Select(lead => (lead.Evidence, lead.Via!.Id.Value)).Should().Equal(
            ("A-BJ", "CN-CQ"), ("A-BJ", "CN-SH"), ("B-BJ", "CN-SH"));
    }

    [Fact]
    public void A_lapsed_tie_of_a_city_is_a_lapsed_tie_when_the_home_sub_regions_count()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Beijing).SignedOn(2005, 1, 1);
        tie.Terminate(new LocalDate(2019, 1, 1), Seed.Suwon, "Ended");
        register.Add(tie);

        LeadsForBeijing(register, CoverageCriteria.Default with { IncludeHomeSubregions = true })
            .Should().ContainSingle().Which.Kind.Should().Be(LeadKind.LapsedTie);
    }

    [Fact]
    public void A_lapsed_tie_with_a_district_is_a_lapsed_tie_when_member_sub_regions_count()
    {
        var register = SeedRegister.Empty();
        var tie = A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).SignedOn(2005, 1, 1);
        tie.Terminate(new LocalDate(2019, 1, 1), Seed.Gyeonggi, "Ended");
        register.Add(tie);
        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Day, CoverageCriteria.Default with { IncludeMemberSubregions = true });

        register.LeadsFor(coverage, Period.FromYears(2)).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.LapsedTie);
    }

    [Fact]
    public void A_city_tie_that_ended_is_no_lead_when_the_home_sub_regions_do_not_count()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Beijing).SignedOn(2005, 1, 1);
        tie.Terminate(new LocalDate(2019, 1, 1), Seed.Suwon, "Ended");
        register.Add(tie);

        LeadsForBeijing(register).Should().BeEmpty();
    }

    [Fact]
    public void A_proposal_made_after_the_date_is_no_lead_yet()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2026, 1, 1));

        LeadsForBeijing(register).Should().BeEmpty();
    }

    [Fact]
    public void A_signed_agreement_not_yet_in_force_is_a_pending_lead()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).EnteringIntoForceLater().SignedOn(2025, 6, 1));

        LeadsForBeijing(register).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.PendingAgreement);
    }

    [Fact]
    public void An_agreement_is_one_lead_even_when_a_partner_on_it_could_introduce()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Add(A.LetterOfIntentBetween(Seed.Gyeonggi, Seed.Beijing, Seed.Chongqing).WithId("GG-BJ-CQ").SignedOn(2025, 6, 1));
        var noLetters = CoverageCriteria.Default with { Kinds = [AgreementKind.CooperationMemorandum] };

        LeadsForBeijing(register, noLetters).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.PendingAgreement);
    }

    [Fact]
    public void A_commitment_owed_by_the_member_is_a_lead()
    {
        var register = SeedRegister.Empty();
        var visit = Delegation.PlanInbound(new DelegationId("BJ-GG"), Seed.Gyeonggi, Seed.Beijing, "Visit", Governor, At(2020, 5, 1, 9, 0), At(2020, 5, 1, 18, 0));
        visit.Commit(Seed.Beijing, Seed.Gyeonggi, "Host a return visit", PartialDate.InYear(2026));
        register.Record(visit);

        LeadsForBeijing(register).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.OpenCommitment);
    }

    [Fact]
    public void A_commitment_of_another_home_is_no_lead()
    {
        var register = SeedRegister.Empty();
        var visit = Delegation.PlanInbound(new DelegationId("BJ-SH"), Seed.Shanghai, Seed.Beijing, "Visit", Governor, At(2020, 5, 1, 9, 0), At(2020, 5, 1, 18, 0));
        visit.Commit(Seed.Beijing, Seed.Shanghai, "Host a return visit", PartialDate.InYear(2026));
        register.Record(visit);

        LeadsForBeijing(register).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2025, 9, 26, 1)] // boundary: the delegation starts on the date of the coverage
    [InlineData(2025, 9, 27, 0)] // a delegation that starts after the date made no commitment yet
    public void Only_commitments_of_delegations_begun_by_the_date_are_leads(int year, int month, int day, int leads)
    {
        var register = SeedRegister.Empty();
        var visit = Delegation.PlanInbound(new DelegationId("BJ-GG"), Seed.Gyeonggi, Seed.Beijing, "Visit", Governor, At(year, month, day, 9, 0), At(year, month, day, 18, 0));
        visit.Commit(Seed.Gyeonggi, Seed.Beijing, "Send a letter", PartialDate.InYear(2026));
        register.Record(visit);

        LeadsForBeijing(register).Count(lead => lead.Kind == LeadKind.OpenCommitment).Should().Be(leads);
    }

    [Fact]
    public void A_partner_whose_tie_with_the_member_has_ended_cannot_introduce()
    {
        var register = SeedRegister.WithTheSeedMous();
        var tie = A.SisterTieBetween(Seed.Chongqing, Seed.Beijing).SignedOn(2000, 1, 1);
        tie.Terminate(new LocalDate(2019, 1, 1), Seed.Beijing, "Ended");
        register.Add(tie);

        LeadsForBeijing(register).Should().BeEmpty();
    }
}
