using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A term ends in a window when its last day falls in it, both window ends included.</summary>
public sealed class TermEndingRules
{
    [Theory]
    [InlineData("2027-09-22", "2027-09-22", true)] // the last day of a two-year term signed 2025-09-23
    [InlineData("2027-09-23", "2027-12-31", false)] // the day it is expired already
    [InlineData("2027-01-01", "2027-09-21", false)]
    [InlineData("2025-01-01", "2030-01-01", true)]
    public void A_fixed_term_ends_on_the_day_before_its_length_has_run(string start, string end, bool found)
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(2).SignedOn(2025, 9, 23));

        var endings = register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        endings.Select(row => row.LastDay).Should().Equal(found ? [Dates.D("2027-09-22")] : Array.Empty<LocalDate>());
    }

    [Fact]
    public void A_term_that_renews_itself_ends_once_in_each_of_its_terms()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYearsRenewingAutomatically(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-01-01"), Dates.D("2028-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-09-22"), Dates.D("2027-09-22"), Dates.D("2028-09-22"));
    }

    [Fact]
    public void A_tie_signed_inside_the_window_has_its_term_end_found()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-09-22"));
    }

    [Fact]
    public void Terms_ending_on_the_same_day_are_listed_by_agreement_id()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").ForYears(1).SignedOn(2025, 9, 23));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ").ForYears(1).SignedOn(2025, 9, 23));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.Agreement.Id.Value).Should().Equal("GG-CQ", "GG-SH");
    }

    [Fact]
    public void A_term_until_a_stated_day_ends_on_that_day_though_its_signing_day_is_known_only_to_the_month()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithTerm(AgreementTerm.Until(new LocalDate(2026, 12, 31))).SignedOn(PartialDate.InMonth(2025, 3)));

        register.TermsEndingIn(Seed.Gyeonggi, new DateInterval(Dates.D("2026-12-01"), Dates.D("2026-12-31")))
            .Select(row => row.LastDay).Should().Equal(Dates.D("2026-12-31"));
    }
}
