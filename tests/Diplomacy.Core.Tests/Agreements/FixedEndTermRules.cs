using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>A term may run until a stated day: that day is its last day in force, certain even when the signing day is known only in part.</summary>
public sealed class FixedEndTermRules
{
    private static readonly AgreementTerm Through2026 = AgreementTerm.Until(new LocalDate(2026, 12, 31));

    [Theory]
    [InlineData("2025-02-28", AgreementStatus.None)]
    [InlineData("2025-03-15", AgreementStatus.Uncertain)] // signed some day in March 2025
    [InlineData("2025-03-31", AgreementStatus.InForce)]
    [InlineData("2026-12-31", AgreementStatus.InForce)] // boundary: the stated day is the last day in force
    [InlineData("2027-01-01", AgreementStatus.Expired)] // boundary: expired from the next day
    public void A_memorandum_until_a_stated_day_is_in_force_through_that_day_and_expired_from_the_next(string day, AgreementStatus expected)
    {
        var memorandum = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(Through2026).SignedOn(PartialDate.InMonth(2025, 3));

        memorandum.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void The_last_day_of_a_term_until_a_stated_day_is_known_though_the_signing_day_is_known_only_to_the_month()
    {
        var memorandum = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(Through2026).SignedOn(PartialDate.InMonth(2025, 3));

        memorandum.TermEndsOn(D("2026-06-01")).Should().Be(D("2026-12-31"));
        memorandum.TermEndsOn(D("2027-01-01")).Should().BeNull();
    }

    [Fact]
    public void A_term_until_a_stated_day_runs_from_a_later_entry_into_force_to_that_day()
    {
        var memorandum = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(Through2026).EnteringIntoForceLater().SignedOn(2025, 3, 10);
        memorandum.EnterIntoForce(new LocalDate(2025, 6, 1));

        memorandum.StatusOn(D("2025-05-31")).Should().Be(AgreementStatus.NotYetInForce);
        memorandum.StatusOn(D("2026-12-31")).Should().Be(AgreementStatus.InForce);
        memorandum.StatusOn(D("2027-01-01")).Should().Be(AgreementStatus.Expired);
    }

    [Fact]
    public void A_renewal_until_a_stated_day_revives_an_expired_memorandum_through_that_day()
    {
        var memorandum = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(Through2026).SignedOn(2025, 3, 10);
        memorandum.Renew(new LocalDate(2027, 2, 1), AgreementTerm.Until(new LocalDate(2028, 12, 31)));

        memorandum.StatusOn(D("2027-01-31")).Should().Be(AgreementStatus.Expired);
        memorandum.StatusOn(D("2028-12-31")).Should().Be(AgreementStatus.InForce);
        memorandum.StatusOn(D("2029-01-01")).Should().Be(AgreementStatus.Expired);
    }

    [Fact]
    public void A_stated_last_day_before_the_day_the_term_takes_effect_leaves_the_agreement_expired_from_that_day()
    {
        var late = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(Through2026).SignedOn(2027, 3, 10);

        late.StatusOn(D("2027-03-10")).Should().Be(AgreementStatus.Expired);
    }

    [Fact]
    public void A_term_until_the_last_day_of_the_calendar_never_expires_and_has_no_end_to_name()
    {
        var forever = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithTerm(AgreementTerm.Until(LocalDate.MaxIsoValue)).SignedOn(2025, 3, 10);

        forever.StatusOn(LocalDate.MaxIsoValue).Should().Be(AgreementStatus.InForce);
        forever.TermEndsOn(D("2030-01-01")).Should().BeNull();
    }

    [Fact]
    public void A_term_until_a_day_has_no_length_never_renews_itself_and_differs_from_a_term_of_a_length()
    {
        Through2026.Length.Should().BeNull();
        Through2026.LastDay.Should().Be(D("2026-12-31"));
        Through2026.RenewsAutomatically.Should().BeFalse();
        Through2026.Should().Be(AgreementTerm.Until(new LocalDate(2026, 12, 31)));
        Through2026.Should().NotBe(AgreementTerm.OfYears(2));
        AgreementTerm.OfYears(2).LastDay.Should().BeNull();
    }

    [Fact]
    public void A_stated_last_day_outside_the_iso_calendar_is_refused()
    {
        var until = () => AgreementTerm.Until(new LocalDate(2026, 12, 31).WithCalendar(CalendarSystem.Julian));

        until.Should().Throw<ArgumentException>().WithParameterName("lastDay").WithMessage("*not in the ISO calendar*");
    }
}
