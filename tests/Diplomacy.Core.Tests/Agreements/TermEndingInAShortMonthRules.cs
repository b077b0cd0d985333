using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// The civil codes' rule (Korean Civil Code art. 160(3), Japanese Civil Code art. 143(2), BGB §188(3), PRC Civil Code
/// art. 203): a term counted in months or years whose final month lacks the starting day ends on that month's last day.
/// </summary>
public sealed class TermEndingInAShortMonthRules
{
    [Theory]
    [InlineData("2019-02-27", AgreementStatus.InForce)]
    [InlineData("2019-02-28", AgreementStatus.InForce)] // boundary: February 2019 has no 29th, so its last day is the term's
    [InlineData("2019-03-01", AgreementStatus.Expired)]
    public void A_three_year_term_from_29_February_is_in_force_through_28_February_of_a_common_year(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2016, 2, 29);

        mou.StatusOn(D(day)).Should().Be(expected);
        mou.TermEndsOn(D("2017-01-01")).Should().Be(D("2019-02-28"));
    }

    [Theory]
    [InlineData("2025-01-31", "P1M", "2025-02-28")] // February lacks the 31st
    [InlineData("2024-01-31", "P1M", "2024-02-29")] // in a leap year too
    [InlineData("2025-01-29", "P1M", "2025-02-28")] // and the 29th in a common year
    [InlineData("2025-08-31", "P1M", "2025-09-30")] // September lacks the 31st
    [InlineData("2024-02-29", "P4Y", "2028-02-28")] // boundary: February 2028 has its 29th, so the day before it ends the term
    [InlineData("2025-09-25", "P3Y", "2028-09-24")] // a final month that holds the starting day: the day before it
    [InlineData("2023-03-31", "P1Y11M", "2025-02-28")] // years and months are counted together from the start
    public void A_term_whose_final_month_lacks_the_starting_day_ends_on_that_month_s_last_day(string signingDay, string length, string lastDay)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(new AgreementTerm(Length(length))).SignedOn(D(signingDay));

        mou.TermEndsOn(D(signingDay)).Should().Be(D(lastDay));
        mou.StatusOn(D(lastDay)).Should().Be(AgreementStatus.InForce);
        mou.StatusOn(D(lastDay).PlusDays(1)).Should().Be(AgreementStatus.Expired);
    }

    [Theory]
    [InlineData("2025-01-31", "P2W", "2025-02-13")]
    [InlineData("2025-01-31", "P28D", "2025-02-27")]
    public void A_term_counted_in_weeks_or_days_ends_the_day_before_the_same_count_of_days_later(string signingDay, string length, string lastDay)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(new AgreementTerm(Length(length))).SignedOn(D(signingDay));

        mou.TermEndsOn(D(signingDay)).Should().Be(D(lastDay));
    }

    [Fact]
    public void Days_beyond_the_months_are_counted_from_the_day_after_the_months_end()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(new AgreementTerm(Length("P1M10D"))).SignedOn(2025, 1, 31);

        mou.TermEndsOn(D("2025-02-01")).Should().Be(D("2025-03-10"));
    }

    [Theory]
    [InlineData("2025-02-10", "2025-02-28")] // the first term: February lacks the 31st
    [InlineData("2025-03-01", "2025-03-30")] // boundary: the second term starts the day after February's last day
    [InlineData("2025-04-05", "2025-04-30")] // April lacks the 31st
    [InlineData("2025-05-01", "2025-05-30")]
    public void Terms_that_renew_themselves_each_end_on_the_last_day_of_a_month_that_lacks_the_first_day_s_date(string day, string lastDayOfTerm)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(new AgreementTerm(Period.FromMonths(1), renewsAutomatically: true)).SignedOn(2025, 1, 31);

        mou.TermEndsOn(D(day)).Should().Be(D(lastDayOfTerm));
    }

    [Theory]
    [InlineData("2019-02-27", AgreementStatus.InForce)]
    [InlineData("2019-02-28", AgreementStatus.Uncertain)] // in force if signed on the 29th, expired if on the 28th
    [InlineData("2019-03-01", AgreementStatus.Expired)]
    public void A_term_from_a_day_known_only_to_its_month_ends_within_the_last_days_each_possible_start_gives(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(PartialDate.Between(D("2016-02-28"), D("2016-02-29")));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void A_term_of_more_months_than_a_number_can_count_never_ends_inside_the_calendar()
    {
        // 357,913,942 years are 4,294,967,304 months: two to the 32nd and 8 more, which must not wrap round to 8 months.
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(357_913_942).SignedOn(2025, 9, 25);

        mou.StatusOn(D("2026-06-01")).Should().Be(AgreementStatus.InForce);
        mou.TermEndsOn(D("2026-06-01")).Should().BeNull();
    }

    private static Period Length(string text) => NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
}
