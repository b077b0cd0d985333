using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A tie in force is dormant when no exchange with the partner ended within the span before the date; a tie never visited counts from its signing.</summary>
public sealed class DormantTieRules
{
    private static readonly Period TwoYears = Period.FromYears(2);

    [Theory]
    [InlineData("2027-11-12", false)] // exactly two years after the last day of Shanghai's visit: still alive
    [InlineData("2027-11-13", true)]
    public void A_tie_is_dormant_once_the_span_has_passed_since_the_last_exchange(string date, bool dormant)
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Record(Delegations.Trips.ShanghaiToGyeonggi());

        var ties = register.DormantTies(Seed.Gyeonggi, Dates.D(date), TwoYears);

        ties.Any(tie => tie.Partner == Seed.Shanghai).Should().Be(dormant);
    }

    [Theory]
    [InlineData("2027-09-23", false)] // two years to the day after the signing
    [InlineData("2027-09-24", true)]
    public void A_tie_never_visited_is_dormant_once_the_span_has_passed_since_its_signing(string date, bool dormant)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2025, 9, 23));

        var ties = register.DormantTies(Seed.Gyeonggi, Dates.D(date), TwoYears);

        ties.Any(tie => tie.Partner == Seed.Chongqing && tie.LastExchange == null).Should().Be(dormant);
    }

    [Fact]
    public void A_tie_not_in_force_is_never_dormant()
    {
        var register = SeedRegister.Empty();
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2010, 1, 1);
        tie.Terminate(new LocalDate(2015, 1, 1), Seed.Gyeonggi, "Ended");
        register.Add(tie);

        register.DormantTies(Seed.Gyeonggi, Dates.D("2025-01-01"), TwoYears).Should().BeEmpty();
    }

    [Fact]
    public void Visits_per_partner_and_overdue_commitments_come_from_the_register_s_delegations()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Record(Delegations.Trips.ShanghaiToGyeonggi());

        register.VisitsPerPartner(Seed.Gyeonggi, new DateInterval(Dates.D("2025-01-01"), Dates.D("2025-12-31")))
            .Should().Equal(new PartnerVisits(Seed.Shanghai, 0, 1));
        register.CommitmentsOverdueOn(Dates.D("2026-01-01")).Should().BeEmpty();
    }

    [Fact]
    public void Dormant_ties_are_listed_by_agreement_id_then_partner()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Chongqing).WithId("GG-SH-CQ").SignedOn(2010, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2010, 1, 1));

        var ties = register.DormantTies(Seed.Gyeonggi, Dates.D("2025-01-01"), TwoYears);

        ties.Select(tie => (tie.Agreement.Id.Value, tie.Partner.Id.Value)).Should().Equal(("GG-BJ", "CN-BJ"), ("GG-SH-CQ", "CN-CQ"), ("GG-SH-CQ", "CN-SH"));
    }

    [Fact]
    public void A_tie_of_a_place_inside_the_home_is_not_a_dormant_tie_of_the_home()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Suwon, Seed.Chongqing).WithId("SW-CQ").SignedOn(2025, 9, 23));

        register.DormantTies(Seed.Gyeonggi, Dates.D("2027-09-24"), TwoYears).Should().BeEmpty();
        register.DormantTies(Seed.Suwon, Dates.D("2027-09-24"), TwoYears).Should().ContainSingle(tie => tie.Partner == Seed.Chongqing);
    }

    [Fact]
    public void No_tie_is_dormant_while_the_span_reaches_back_before_the_calendars_first_day()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(PartialDate.On(LocalDate.MinIsoValue)));

        register.DormantTies(Seed.Gyeonggi, LocalDate.MinIsoValue.PlusYears(1), TwoYears).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, false)] // the span reaches back to the signing day itself
    [InlineData(1, true)]
    public void A_tie_signed_on_the_calendars_first_day_is_dormant_the_day_after_the_span_has_passed(int daysAfterTheSpan, bool dormant)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(PartialDate.On(LocalDate.MinIsoValue)));

        var ties = register.DormantTies(Seed.Gyeonggi, LocalDate.MinIsoValue.PlusYears(2).PlusDays(daysAfterTheSpan), TwoYears);

        ties.Any(tie => tie.Partner == Seed.Chongqing).Should().Be(dormant);
    }

    [Theory]
    [InlineData("2025-11-12", false)] // the last day of Shanghai's visit
    [InlineData("2025-11-13", true)]
    public void Over_a_span_of_zero_a_tie_is_dormant_from_the_day_after_its_last_exchange(string date, bool dormant)
    {
        var register = SeedRegister.WithTheSeedMous();
        register.Record(Delegations.Trips.ShanghaiToGyeonggi());

        var ties = register.DormantTies(Seed.Gyeonggi, Dates.D(date), Period.Zero);

        ties.Any(tie => tie.Partner == Seed.Shanghai).Should().Be(dormant);
    }

    [Fact]
    public void A_span_with_a_negative_unit_is_refused_naming_it()
    {
        var register = SeedRegister.WithTheSeedMous();

        var asking = () => register.DormantTies(Seed.Gyeonggi, Dates.D("2025-09-26"), Period.FromYears(-2));

        asking.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("span");
    }
}
