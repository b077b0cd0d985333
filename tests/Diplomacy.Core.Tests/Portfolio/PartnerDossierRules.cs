using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A partner's dossier holds what a newcomer to the desk needs about that one partner: the home's ties with it and their
/// histories, the visits both ways, the commitments between them, the gifts given and received, contact persons, sources,
/// the next dates and, when the partner is not covered, the leads.
/// </summary>
public sealed class PartnerDossierRules
{
    private static readonly LocalDate Today = D("2025-10-01");

    [Fact]
    public void The_dossier_holds_the_home_s_own_ties_with_the_partner_whatever_their_status_and_no_other_partner_s()
    {
        var register = SeedRegister.Empty();
        var lapsed = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-1993").SignedOn(1993, 10, 1);
        lapsed.Terminate(PartialDate.On(D("2010-01-01")), Seed.Shanghai, "Merged into the new tie");
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-2025").SignedOn(2025, 9, 25);
        register.Add(lapsed);
        register.Add(mou);
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).SignedOn(2025, 9, 23));

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Ties.Should().Equal(lapsed, mou);
    }

    [Fact]
    public void Visits_both_ways_are_in_the_dossier_in_order_and_a_trip_that_never_reached_the_partner_is_not()
    {
        var register = SeedRegister.Empty();
        var outbound = GyeonggiToChina();
        outbound.AddStop(Seed.Shanghai, At(2025, 9, 23, 10, 0), At(2025, 9, 24, 18, 0));
        var elsewhere = GyeonggiToChina("GG-2025-BJ");
        elsewhere.AddStop(Seed.Beijing, At(2025, 9, 23, 10, 0), At(2025, 9, 24, 18, 0));
        var inbound = ShanghaiToGyeonggi();
        register.Record(inbound);
        register.Record(outbound);
        register.Record(elsewhere);

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Visits.Should().Equal(outbound, inbound);
    }

    [Fact]
    public void A_gift_at_a_stop_in_the_partner_is_given_a_gift_on_the_partner_s_visit_is_received_and_a_gift_elsewhere_is_left_out()
    {
        var register = SeedRegister.Empty();
        var outbound = GyeonggiToChina();
        outbound.AddStop(Seed.Beijing, At(2025, 9, 22, 14, 0), At(2025, 9, 23, 9, 0));
        outbound.AddStop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 18, 0));
        var books = new Gift(At(2025, 9, 24, 15, 0), "books by Korean authors", 30, "Shanghai Library");
        outbound.AddEngagement(Seed.Beijing, new Gift(At(2025, 9, 22, 16, 0), "celadon vase", 1, "Beijing Municipal Government"));
        outbound.AddEngagement(Seed.Shanghai, books);
        var inbound = ShanghaiToGyeonggi();
        inbound.AddStop(Seed.Suwon, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));
        var painting = new Gift(At(2025, 11, 10, 15, 0), "ink painting of the Bund", 1, "Governor of Gyeonggi");
        inbound.AddEngagement(Seed.Suwon, painting);
        register.Record(outbound);
        register.Record(inbound);

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Gifts.Should().Equal(
            new DossierGift(books, outbound, Received: false), new DossierGift(painting, inbound, Received: true));
    }

    [Fact]
    public void A_gift_handed_to_the_home_s_delegation_is_received_and_one_handed_to_the_partner_s_visitors_is_given()
    {
        var register = SeedRegister.Empty();
        var outbound = GyeonggiToChina();
        outbound.AddStop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 18, 0));
        var vase = new Gift(At(2025, 9, 24, 15, 0), "porcelain vase", 1, "Governor of Gyeonggi") { Direction = GiftDirection.ToDelegation };
        outbound.AddEngagement(Seed.Shanghai, vase);
        var inbound = ShanghaiToGyeonggi();
        inbound.AddStop(Seed.Suwon, At(2025, 11, 10, 11, 0), At(2025, 11, 11, 9, 0));
        var celadon = new Gift(At(2025, 11, 10, 15, 0), "celadon bowl", 1, "Mayor of Shanghai") { Direction = GiftDirection.ToDelegation };
        inbound.AddEngagement(Seed.Suwon, celadon);
        register.Record(outbound);
        register.Record(inbound);

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Gifts.Should().Equal(
            new DossierGift(vase, outbound, Received: true), new DossierGift(celadon, inbound, Received: false));
    }

    [Fact]
    public void Commitments_either_way_between_the_home_or_a_place_inside_it_and_the_partner_are_in_the_dossier_open_kept_or_dropped_by_due_date_unknown_dates_last()
    {
        var register = SeedRegister.Empty();
        var trip = GyeonggiToChina();
        var someday = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Designate contact persons", PartialDate.Unknown);
        var later = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send an invitation", PartialDate.On(D("2025-12-01")));
        var kept = trip.Commit(Seed.Shanghai, Seed.Suwon, "Lend the exhibition", PartialDate.On(D("2025-10-15")));
        trip.CompleteCommitment(kept.Number, D("2025-09-30"));
        trip.Commit(Seed.Gyeonggi, Seed.Beijing, "Host the forum", PartialDate.On(D("2025-11-01")));
        trip.Commit(Seed.Shanghai, Seed.Beijing, "Share the forum's report", PartialDate.On(D("2025-11-02"))); // owed by the partner, not to the home
        register.Record(trip);

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today);

        dossier.Commitments.Should().Equal(kept, later, someday);
        dossier.Commitments.Select(commitment => commitment.StatusOn(dossier.On)).Should().Equal(CommitmentStatus.Done, CommitmentStatus.Open, CommitmentStatus.Open);
    }

    [Fact]
    public void Commitments_due_on_a_day_known_in_part_are_ordered_by_its_earliest_day_then_by_delegation_and_number()
    {
        var register = SeedRegister.Empty();
        var second = GyeonggiToChina("GG-2025-CN-B");
        var onTheFifteenth = second.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the catalogue", PartialDate.On(D("2025-11-15")));
        var inNovember = second.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));
        var byYearEnd = second.Commit(Seed.Gyeonggi, Seed.Shanghai, "Answer the invitation", PartialDate.OnOrBefore(D("2025-12-01")));
        var first = GyeonggiToChina("GG-2025-CN-A");
        var alsoOnTheFifteenth = first.Commit(Seed.Gyeonggi, Seed.Shanghai, "Name a contact person", PartialDate.On(D("2025-11-15")));
        var andAnother = first.Commit(Seed.Shanghai, Seed.Gyeonggi, "Name a contact person", PartialDate.On(D("2025-11-15")));
        register.Record(second);
        register.Record(first);

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Commitments
            .Should().Equal(inNovember, alsoOnTheFifteenth, andAnother, onTheFifteenth, byYearEnd);
    }

    [Fact]
    public void The_source_of_an_event_later_retracted_stays_in_the_dossier()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);
        mou.Suspend(PartialDate.On(D("2025-09-28")), SuspensionReason.Other, "reported by mistake");
        var report = SourceReference.FromCitation("A report that confused two cities");
        mou.AddSource(report, mou.History[^1]);
        mou.Retract(mou.History[^1], "another city's suspension");
        register.Add(mou);

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today).Sources.Should().Equal(report);
    }

    [Fact]
    public void Contact_persons_and_sources_of_the_ties_and_of_their_events_are_each_in_the_dossier_once()
    {
        var register = SeedRegister.Empty();
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);
        var ambassador = new ContactPerson("Hong Sang-woo", Seed.Gyeonggi, title: "Ambassador for International Relations");
        var report = SourceReference.FromCitation("Gyeonggi Province, press release of 25 September 2025");
        var gazette = SourceReference.FromCitation("Shanghai gazette of 26 September 2025");
        mou.AddContactPerson(ambassador);
        mou.AddSource(report);
        mou.AddSource(report, mou.History[0]);
        mou.AddSource(gazette, mou.History[0]);
        register.Add(mou);

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today);

        dossier.ContactPersons.Should().Equal(ambassador);
        dossier.Sources.Should().Equal(report, gazette);
    }

    [Fact]
    public void The_next_dates_are_the_home_s_agenda_about_the_partner_for_ninety_days_by_default()
    {
        var register = SeedRegister.Empty();
        var trip = GyeonggiToChina();
        var due = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send an invitation", PartialDate.On(D("2025-12-29")));
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Open an office", PartialDate.On(D("2025-12-30"))); // boundary: the 91st day
        trip.Commit(Seed.Gyeonggi, Seed.Beijing, "Host the forum", PartialDate.On(D("2025-11-01")));
        register.Record(trip);
        var inbound = ShanghaiToGyeonggi();
        register.Record(inbound);

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today);

        dossier.NextDates.Select(entry => (entry.Kind, (object?)entry.Commitment ?? entry.Delegation)).Should().Equal(
            (AgendaEntryKind.Delegation, inbound), (AgendaEntryKind.CommitmentDue, due));
    }

    [Fact]
    public void How_far_the_next_dates_look_ahead_is_the_caller_s_choice()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25));

        var options = DossierOptions.Default with { Ahead = Period.FromMonths(30), TermNotice = Period.FromMonths(6) };
        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today, options);

        dossier.NextDates.Where(entry => entry.Kind != AgendaEntryKind.Anniversary).Select(entry => (entry.Kind, entry.Days.Start))
            .Should().Equal((AgendaEntryKind.TermEndNotice, D("2028-03-24")));
    }

    [Fact]
    public void A_dossier_read_at_the_calendar_s_end_looks_ahead_as_far_as_the_calendar_holds()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(9000, 12, 31));

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, LocalDate.MaxIsoValue);

        dossier.NextDates.Should().ContainSingle().Which.AnniversaryNumber.Should().Be(999);
    }

    [Fact]
    public void A_partner_the_ties_cover_is_covered_and_has_no_leads()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25));

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today);

        (dossier.Coverage, dossier.Leads.Count).Should().Be((CoverageOutcome.Covered, 0));
    }

    [Fact]
    public void A_partner_the_ties_do_not_cover_has_the_leads_the_home_could_build_on()
    {
        var register = SeedRegister.Empty();
        var lapsed = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(5).SignedOn(2015, 1, 1);
        register.Add(lapsed);

        var dossier = register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today);

        dossier.Coverage.Should().Be(CoverageOutcome.Missing);
        var lead = dossier.Leads.Should().ContainSingle().Subject;
        (lead.Kind, lead.Agreement, lead.Member).Should().Be((LeadKind.LapsedTie, lapsed, Seed.Shanghai));
    }

    [Fact]
    public void Which_ties_cover_the_partner_for_its_leads_is_the_caller_s_criteria()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25));

        var sisterTiesOnly = DossierOptions.Default with { Criteria = CoverageCriteria.Default with { Kinds = [AgreementKind.SisterCity] } };

        register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, Today, sisterTiesOnly).Leads.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("the home itself")]
    [InlineData("a place inside the home")]
    [InlineData("a region the home lies inside")]
    public void A_dossier_is_about_a_partner_outside_the_home(string which)
    {
        var register = SeedRegister.Empty();
        var region = which switch
        {
            "the home itself" => Seed.Gyeonggi,
            "a place inside the home" => Seed.Suwon,
            _ => Seed.Korea,
        };

        var act = () => register.DossierOf(Seed.Gyeonggi, region, Today);

        act.Should().Throw<ArgumentException>().WithParameterName("partner").WithMessage($"*'{region.Id}'*");
    }

    [Theory]
    [InlineData("zero look-ahead")]
    [InlineData("negative look-ahead")]
    [InlineData("look-ahead in hours")]
    [InlineData("negative notice")]
    [InlineData("negative recent span")]
    public void Dossier_options_refuse_a_length_that_is_not_days_weeks_months_or_years_forward(string setting)
    {
        var act = () => setting switch
        {
            "zero look-ahead" => DossierOptions.Default with { Ahead = Period.Zero },
            "negative look-ahead" => DossierOptions.Default with { Ahead = Period.FromDays(-1) },
            "look-ahead in hours" => DossierOptions.Default with { Ahead = Period.FromHours(24) },
            "negative notice" => DossierOptions.Default with { TermNotice = Period.FromWeeks(-1) },
            _ => DossierOptions.Default with { RecentSpan = Period.FromMonths(-1) },
        };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("one year ahead")]
    [InlineData("thirty days ahead")]
    [InlineData("two weeks ahead")]
    [InlineData("no notice")]
    [InlineData("no recent span")]
    public void Dossier_options_take_any_length_of_days_weeks_months_or_years_forward_and_a_notice_or_recent_span_of_none(string setting)
    {
        var act = () => setting switch
        {
            "one year ahead" => DossierOptions.Default with { Ahead = Period.FromYears(1) },
            "thirty days ahead" => DossierOptions.Default with { Ahead = Period.FromDays(30) },
            "two weeks ahead" => DossierOptions.Default with { Ahead = Period.FromWeeks(2) },
            "no notice" => DossierOptions.Default with { TermNotice = Period.Zero },
            _ => DossierOptions.Default with { RecentSpan = Period.Zero },
        };

        act.Should().NotThrow();
    }

    [Fact]
    public void A_refused_length_is_named_in_the_refusal()
    {
        var act = () => DossierOptions.Default with { Ahead = Period.FromDays(-3) };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*P-3D*").Which.ParamName.Should().Be(nameof(DossierOptions.Ahead));
    }

    [Theory]
    [InlineData(nameof(DossierOptions.Ahead))]
    [InlineData(nameof(DossierOptions.TermNotice))]
    [InlineData(nameof(DossierOptions.RecentSpan))]
    [InlineData(nameof(DossierOptions.Criteria))]
    public void Dossier_options_refuse_a_missing_setting(string setting)
    {
        var act = () => setting switch
        {
            nameof(DossierOptions.Ahead) => DossierOptions.Default with { Ahead = null! },
            nameof(DossierOptions.TermNotice) => DossierOptions.Default with { TermNotice = null! },
            nameof(DossierOptions.RecentSpan) => DossierOptions.Default with { RecentSpan = null! },
            _ => DossierOptions.Default with { Criteria = null! },
        };

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("home")]
    [InlineData("partner")]
    public void A_dossier_needs_a_home_and_a_partner(string missing)
    {
        var register = SeedRegister.Empty();

        var act = () => register.DossierOf(missing == "home" ? null! : Seed.Gyeonggi, missing == "partner" ? null! : Seed.Shanghai, Today);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(missing);
    }

    [Fact]
    public void Dossier_options_default_to_ninety_days_ahead_twelve_months_notice_and_two_recent_years()
    {
        DossierOptions.Default.Should().BeEquivalentTo(new
        {
            Ahead = Period.FromDays(90),
            TermNotice = Period.FromMonths(12),
            RecentSpan = Period.FromYears(2),
            Criteria = CoverageCriteria.Default,
        });
    }
}
