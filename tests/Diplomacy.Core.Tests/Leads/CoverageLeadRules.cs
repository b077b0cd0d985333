using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Leads;

/// <summary>For a member a coverage misses, the register's facts an office could build on are leads, each with its evidence.</summary>
public sealed class CoverageLeadRules
{
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
    private static readonly LocalDate Day = new(2025, 9, 26);
    private static readonly Period TwoYears = Period.FromYears(2);

    private static IReadOnlyList<CoverageLead> LeadsForBeijing(Register register, CoverageCriteria? criteria = null) =>
        [.. register.LeadsFor(register.Coverage(Seed.Gyeonggi, Municipalities, Day, criteria), TwoYears).Where(lead => lead.Member.Equals(Seed.Beijing))];

    [Fact]
    public void A_coverage_of_every_member_has_no_leads()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2025, 1, 1));
        var coverage = register.Coverage(Seed.Gyeonggi, Cohort.Of("two", [Seed.Beijing, Seed.Shanghai]), Day);

        register.LeadsFor(coverage, TwoYears).Should().BeEmpty();
    }

    [Fact]
    public void The_seed_register_has_nothing_to_build_on_with_Beijing()
    {
        LeadsForBeijing(SeedRegister.WithTheSeedMous()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("terminated")]
    [InlineData("expired")]
    [InlineData("suspended")]
    public void A_lapsed_tie_with_the_member_is_a_lead(string how)
    {
        var register = SeedRegister.Empty();
        var tie = how == "expired"
            ? A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").ForYears(5).SignedOn(2015, 1, 1)
            : A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        if (how == "terminated")
        {
            tie.Terminate(new LocalDate(2019, 10, 9), Seed.Beijing, "Ended by Beijing");
        }
        else if (how == "suspended")
        {
            tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);
        }

        register.Add(tie);

        LeadsForBeijing(register).Should().ContainSingle().Which.Should().Be(
            new CoverageLead(Seed.Beijing, Day, LeadKind.LapsedTie, tie, null, null, null));
    }

    [Fact]
    public void A_superseded_tie_was_replaced_and_is_no_lead()
    {
        var register = SeedRegister.Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2015, 1, 1);
        tie.Supersede(new LocalDate(2020, 1, 1), new AgreementId("GG-BJ-2"));
        register.Add(tie);

        LeadsForBeijing(register).Should().BeEmpty();
    }

    [Fact]
    public void A_proposal_not_yet_signed_is_a_pending_lead()
    {
        var register = SeedRegister.Empty();
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").ProposedOn(2025, 6, 1);
        register.Add(proposal);

        LeadsForBeijing(register).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.PendingAgreement);
    }

    [Fact]
    public void A_letter_of_intent_in_force_is_a_pending_lead_when_the_criteria_do_not_count_letters()
    {
        var register = SeedRegister.Empty();
        register.Add(A.LetterOfIntentBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2025, 6, 1));
        var noLetters = CoverageCriteria.Default with { Kinds = [AgreementKind.CooperationMemorandum, AgreementKind.Friendship, AgreementKind.SisterCity] };

        LeadsForBeijing(register, noLetters).Should().ContainSingle().Which.Kind.Should().Be(LeadKind.PendingAgreement);
    }

    [Fact]
    public void A_tie_of_a_city_of_the_home_with_the_member_is_a_lead_through_that_city()
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Beijing).WithId("SW-BJ").SignedOn(2005, 1, 1);
        register.Add(tie);

        LeadsForBeijing(register).Should().ContainSingle().Which.Should().Be(
            new CoverageLead(Seed.Beijing, Day, LeadKind.SubregionTie, tie, null, null, Seed.Suwon));
    }

    [Fact]
    public void A_tie_of_the_home_with_a_district_of_the_member_is_a_lead_through_that_district()
    {
        var register = SeedRegister.Empty();
        var tie = A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).WithId("GG-PD").SignedOn(2005, 1, 1);
        register.Add(tie);

        var leads = register.LeadsFor(register.Coverage(Seed.Gyeonggi, Municipalities, Day), TwoYears);

        leads.Should().ContainSingle().Which.Should().Be(new CoverageLead(Seed.Shanghai, Day, LeadKind.SubregionTie, tie, null, null, SeedRegister.Pudong));
    }

    [Theory]
    [InlineData(2023, 9, 25, false)] // a day before the span
    [InlineData(2023, 9, 26, true)]  // boundary: the span's first day
    [InlineData(2025, 9, 26, true)]  // boundary: the day of the coverage
    public void A_visit_to_or_from_the_member_in_the_recent_span_is_a_lead(int year, int month, int day, bool found)
    {
        var register = SeedRegister.Empty();
        var visit = Delegation.PlanInbound(
            new DelegationId("BJ-GG"), Seed.Gyeonggi, Seed.Beijing, "Return visit", Governor, At(year, month, day, 9, 0), At(year, month, day, 18, 0));
        register.Record(visit);

        LeadsForBeijing(register).Should().HaveCount(found ? 1 : 0);
    }

    [Fact]
    public void An_open_commitment_with_the_member_is_a_lead_and_a_kept_one_is_not()
    {
        var register = SeedRegister.Empty();
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Tianjin, At(2025, 9, 22, 12, 0), At(2025, 9, 23, 10, 0));
        trip.Commit(Seed.Gyeonggi, Seed.Beijing, "Send an invitation to Beijing", new LocalDate(2025, 12, 1));
        trip.Commit(Seed.Gyeonggi, Seed.Beijing, "Send a letter", new LocalDate(2025, 10, 1));
        trip.CompleteCommitment(2, new LocalDate(2025, 9, 25));
        register.Record(trip);

        LeadsForBeijing(register).Should().ContainSingle().Which.Commitment!.What.Should().Be("Send an invitation to Beijing");
    }

    [Fact]
    public void A_partner_of_the_home_that_holds_a_tie_with_the_member_could_introduce()
    {
        var register = SeedRegister.WithTheSeedMous();
        var tie = A.SisterTieBetween(Seed.Chongqing, Seed.Beijing).WithId("CQ-BJ").SignedOn(2000, 1, 1);
        register.Add(tie);

        LeadsForBeijing(register).Should().ContainSingle().Which.Should().Be(
            new CoverageLead(Seed.Beijing, Day, LeadKind.Introducer, tie, null, null, Seed.Chongqing));
    }

    [Fact]
    public void An_uncertain_member_leads_with_the_tie_to_confirm()
    {
        var register = SeedRegister.WithTheSeedMous();
        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, new LocalDate(2025, 9, 1));

        var leads = register.LeadsFor(coverage, TwoYears).Where(lead => lead.Member.Equals(Seed.Tianjin));

        leads.Should().ContainSingle().Which.Should().Be(
            new CoverageLead(Seed.Tianjin, new LocalDate(2025, 9, 1), LeadKind.UncertainTie, register.Find(new AgreementId("GG-TJ")), null, null, null));
    }

    [Fact]
    public void Leads_are_ranked_by_kind_then_by_evidence_and_an_agreement_is_one_lead()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Add(A.SisterTieBetween(Seed.Chongqing, Seed.Beijing).WithId("CQ-BJ").SignedOn(2000, 1, 1));
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Beijing).WithId("SW-BJ").SignedOn(2000, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ-2").ProposedOn(2025, 1, 1));
        var lapsed = A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ-1").SignedOn(2015, 1, 1);
        lapsed.Terminate(new LocalDate(2019, 10, 9), Seed.Beijing, "Ended");
        register.Add(lapsed);
        register.Record(Delegation.PlanInbound(new DelegationId("BJ-GG"), Seed.Gyeonggi, Seed.Beijing, "Visit", Governor, At(2025, 5, 1, 9, 0), At(2025, 5, 1, 18, 0)));

        LeadsForBeijing(register).Select(lead => (lead.Kind, lead.Evidence)).Should().Equal(
            (LeadKind.LapsedTie, "GG-BJ-1"),
            (LeadKind.PendingAgreement, "GG-BJ-2"),
            (LeadKind.SubregionTie, "SW-BJ"),
            (LeadKind.RecentVisit, "BJ-GG"),
            (LeadKind.Introducer, "CQ-BJ"));
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        var register = SeedRegister.WithTheSeedMous();
        var coverage = register.Coverage(Seed.Gyeonggi, Municipalities, Day);

        ((Action)(() => register.LeadsFor(null!, TwoYears))).Should().Throw<ArgumentNullException>().WithParameterName("coverage");
        ((Action)(() => register.LeadsFor(coverage, null!))).Should().Throw<ArgumentNullException>().WithParameterName("recentSpan");
    }
}
