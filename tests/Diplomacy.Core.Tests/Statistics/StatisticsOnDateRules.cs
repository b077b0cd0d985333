using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>On a date, a home region's ties that count (as for a coverage) are grouped every way a register's report groups them.</summary>
public sealed class StatisticsOnDateRules
{
    private static readonly CoverageCriteria WholeCountry = CoverageCriteria.Default with { IncludeHomeSubregions = true };

    [Fact]
    public void A_tie_in_force_counts_under_its_partner_country_kind_decade_and_first_level_divisions()
    {
        var register = Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Osaka).WithId("GG-OS").SignedOn(1997, 4, 10));

        var counted = register.StatisticsOn(Seed.Gyeonggi, Day).Counted;

        counted.Count.Should().Be(1);
        counted.ByPartnerCountry.Rows.Should().Equal(new StatisticsRow("JP", 1));
        counted.ByKind.Rows.Should().Equal(new StatisticsRow("SisterCity", 1));
        counted.ByDecadeSigned.Rows.Should().Equal(new StatisticsRow("1990s", 1));
        counted.ByHomeDivision.Rows.Should().Equal(new StatisticsRow("KR-41", 1));
        counted.ByPartnerDivision.Rows.Should().Equal(new StatisticsRow("JP-27", 1));
        counted.Partners.Should().Equal(Osaka);
        counted.PartnerCountries.Should().Be(1);
    }

    [Fact]
    public void A_trilateral_tie_counts_once_for_each_partner_of_the_home()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai, Osaka).SignedOn(2020, 1, 1));

        var counted = register.StatisticsOn(Seed.Gyeonggi, Day).Counted;

        counted.Count.Should().Be(2);
        counted.ByPartnerCountry.Rows.Should().Equal(new StatisticsRow("CN", 1), new StatisticsRow("JP", 1));
        counted.Partners.Should().Equal(Seed.Shanghai, Osaka);
        counted.ByKind.Rows.Should().Equal(new StatisticsRow("CooperationMemorandum", 2));
    }

    [Fact]
    public void A_tie_whose_status_is_uncertain_is_counted_apart_and_in_no_row()
    {
        var register = Empty();
        register.Add(SeedRegister.TianjinMou());
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).SignedOn(2020, 1, 1));

        var statistics = register.StatisticsOn(Seed.Gyeonggi, new LocalDate(2025, 9, 20));

        statistics.Counted.Partners.Should().Equal(Osaka);
        statistics.Uncertain.Partners.Should().Equal(Seed.Tianjin);
        statistics.Counted.ByPartnerCountry.Rows.Should().Equal(new StatisticsRow("JP", 1));
    }

    [Fact]
    public void A_suspended_tie_counts_only_when_the_criteria_admit_suspended_ties()
    {
        var register = Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Osaka).SignedOn(2000, 1, 1);
        tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);
        register.Add(tie);
        var evenSuspended = CoverageCriteria.Default with { Statuses = [AgreementStatus.InForce, AgreementStatus.Suspended] };

        register.StatisticsOn(Seed.Gyeonggi, Day).Counted.Count.Should().Be(0);
        register.StatisticsOn(Seed.Gyeonggi, Day, evenSuspended).Counted.Count.Should().Be(1);
    }

    [Fact]
    public void A_citys_ties_roll_up_to_its_province_in_a_national_report()
    {
        var register = Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").SignedOn(2005, 1, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).WithId("GG-OS").SignedOn(2015, 1, 1));

        var counted = register.StatisticsOn(Seed.Korea, Day, WholeCountry).Counted;

        counted.ByHomeDivision.Rows.Should().Equal(new StatisticsRow("KR-41", 2));
        counted.Count.Should().Be(2);
    }

    [Fact]
    public void Without_sub_regions_a_national_report_counts_only_the_country_own_ties()
    {
        var register = Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2005, 1, 1));

        register.StatisticsOn(Seed.Korea, Day).Counted.Count.Should().Be(0);
    }

    [Fact]
    public void A_home_side_party_that_is_the_country_itself_is_unassigned_by_home_division()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Korea, Japan).SignedOn(2005, 1, 1));

        var byHome = register.StatisticsOn(Seed.Korea, Day, WholeCountry).Counted.ByHomeDivision;

        byHome.Rows.Should().BeEmpty();
        byHome.Unassigned.Should().Be(1);
    }

    [Fact]
    public void A_tie_with_a_district_counts_under_the_partners_first_level_division()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, SeedRegister.Pudong).SignedOn(2019, 5, 1));

        var counted = register.StatisticsOn(Seed.Gyeonggi, Day).Counted;

        counted.ByPartnerDivision.Rows.Should().Equal(new StatisticsRow("CN-SH", 1));
        counted.Partners.Should().Equal(SeedRegister.Pudong);
    }

    [Fact]
    public void A_partner_with_no_known_country_is_unassigned_and_not_a_partner_country()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Nowhere).SignedOn(2019, 5, 1));

        var counted = register.StatisticsOn(Seed.Gyeonggi, Day).Counted;

        counted.ByPartnerCountry.Unassigned.Should().Be(1);
        counted.ByPartnerDivision.Unassigned.Should().Be(1);
        counted.PartnerCountries.Should().Be(0);
    }

    public static TheoryData<string, string?> Signings => new()
    {
        { "1995", "1990s" },
        { "1999-12-31", "1990s" }, // boundary: the decade's last day
        { "2000-01-01", "2000s" }, // boundary: the next decade's first day
        { "2010-03", "2010s" },
    };

    [Theory]
    [MemberData(nameof(Signings))]
    public void A_signing_counts_under_its_decade_when_its_day_is_known_only_to_the_year_or_month(string signing, string? decade)
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).SignedOn(PartialDate.Parse(signing)));

        register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByDecadeSigned.Rows.Should().Equal(new StatisticsRow(decade!, 1));
    }

    [Fact]
    public void A_signing_that_may_fall_in_two_decades_is_unassigned_never_guessed()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).SignedOn(PartialDate.Between(new LocalDate(2009, 6, 1), new LocalDate(2010, 2, 1))));

        var byDecade = register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByDecadeSigned;

        byDecade.Rows.Should().BeEmpty();
        byDecade.Unassigned.Should().Be(1);
    }

    [Fact]
    public void A_tie_counts_once_under_each_field_it_names_and_is_unassigned_when_it_names_none()
    {
        var register = Empty();
        var withFields = A.MouBetween(Seed.Gyeonggi, Osaka).WithId("GG-OS").SignedOn(2019, 5, 1);
        withFields.AddField(CooperationField.Economy);
        withFields.AddField(CooperationField.Culture);
        register.Add(withFields);
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2019, 5, 1));

        var byField = register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByField;

        byField.Rows.Should().Equal(new StatisticsRow("culture", 1), new StatisticsRow("economy", 1));
        byField.Unassigned.Should().Be(1);
        byField.Ties.Should().Be(2);
    }

    [Fact]
    public void A_tie_between_two_places_of_the_home_counts_for_nobody()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Suwon).SignedOn(2019, 5, 1));

        register.StatisticsOn(Seed.Korea, Day, WholeCountry).Counted.Count.Should().Be(0);
    }

    [Fact]
    public void Ties_that_do_not_involve_the_home_are_not_counted()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Tianjin, Seed.Shanghai).SignedOn(2019, 5, 1));

        var statistics = register.StatisticsOn(Seed.Gyeonggi, Day);

        statistics.Counted.Count.Should().Be(0);
        statistics.Uncertain.Count.Should().Be(0);
    }

    [Fact]
    public void A_missing_home_is_refused_by_name()
    {
        var act = () => Empty().StatisticsOn(null!, Day);

        act.Should().Throw<ArgumentNullException>().WithParameterName("home");
    }

    [Fact]
    public void The_statistics_remember_the_home_date_and_criteria_they_were_asked_with()
    {
        var statistics = Empty().StatisticsOn(Seed.Gyeonggi, Day, WholeCountry);

        statistics.Home.Should().Be(Seed.Gyeonggi);
        statistics.Date.Should().Be(Day);
        statistics.Criteria.Should().Be(WholeCountry);
    }
}
