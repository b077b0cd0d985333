using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>A status on a date that falls inside the uncertainty of a date known in part is uncertain, never guessed.</summary>
public sealed class PartialDateStatusRules
{
    [Theory]
    [InlineData("2025-08-31", AgreementStatus.None)]
    [InlineData("2025-09-01", AgreementStatus.Uncertain)] // boundary: the first day the signing may have been
    [InlineData("2025-09-29", AgreementStatus.Uncertain)]
    [InlineData("2025-09-30", AgreementStatus.InForce)] // boundary: on the last day it may have been, it has certainly taken effect
    public void A_signing_known_only_to_the_month_is_uncertain_within_that_month(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(PartialDate.InMonth(2025, 9));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2018-12-31", AgreementStatus.None)]
    [InlineData("2019-07-01", AgreementStatus.Uncertain)]
    [InlineData("2019-12-30", AgreementStatus.Uncertain)]
    [InlineData("2019-12-31", AgreementStatus.InForce)] // boundary: the last day of the year
    public void A_signing_known_only_to_the_year_is_uncertain_within_that_year(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(PartialDate.InYear(2019));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("1990-01-01", AgreementStatus.Uncertain)]
    [InlineData("2016-01-01", AgreementStatus.InForce)] // boundary: Wikidata's "latest date"
    public void A_signing_on_or_before_a_day_is_certain_only_from_that_day(string day, AgreementStatus expected)
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(PartialDate.OnOrBefore(new LocalDate(2016, 1, 1)));

        tie.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2015-12-31", AgreementStatus.None)]
    [InlineData("2016-01-01", AgreementStatus.Uncertain)] // boundary: Wikidata's "earliest date"
    [InlineData("2090-01-01", AgreementStatus.Uncertain)]
    public void A_signing_on_or_after_a_day_is_certainly_not_yet_signed_only_before_that_day(string day, AgreementStatus expected)
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(PartialDate.OnOrAfter(new LocalDate(2016, 1, 1)));

        tie.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2025-09-25")]
    [InlineData("9999-12-31")]
    public void A_tie_with_no_known_date_is_uncertain_on_every_date(string day)
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(PartialDate.Unknown);

        tie.StatusOn(D(day)).Should().Be(AgreementStatus.Uncertain);
    }

    [Theory]
    [InlineData("2019-06-01", AgreementStatus.Uncertain)] // signed or not yet
    [InlineData("2020-02-10", AgreementStatus.InForce)] // every possible history agrees
    [InlineData("2020-03-10", AgreementStatus.Uncertain)] // terminated or not yet
    [InlineData("2020-03-31", AgreementStatus.Terminated)]
    public void Where_every_possible_history_agrees_the_status_is_certain(string day, AgreementStatus expected)
    {
        var tie = A.SisterTieBetween(Seed.Shanghai, Seed.Suwon).SignedOn(PartialDate.InYear(2019));

        tie.Terminate(PartialDate.InMonth(2020, 3), Seed.Shanghai, "political");

        tie.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2028-08-31", AgreementStatus.InForce)]
    [InlineData("2028-09-01", AgreementStatus.Uncertain)] // boundary: the term may have run out from here
    [InlineData("2028-09-29", AgreementStatus.Uncertain)]
    [InlineData("2028-09-30", AgreementStatus.Expired)] // boundary: a whole term after the last possible start, it certainly has
    public void A_term_from_a_day_known_only_to_the_month_ends_somewhere_in_a_month(string day, AgreementStatus expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));

        mou.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void The_term_end_of_a_term_that_started_on_a_day_known_in_part_is_unknown()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(PartialDate.InMonth(2025, 9));

        mou.TermEndsOn(new LocalDate(2027, 1, 1)).Should().BeNull();
    }

    [Theory]
    [InlineData("2017-12-31", AgreementKind.Friendship)]
    [InlineData("2018-05-19", null)] // inside the upgrade's uncertainty (sources say May or June)
    [InlineData("2018-07-01", AgreementKind.SisterCity)]
    public void The_kind_inside_an_upgrade_known_only_in_part_is_uncertain(string day, AgreementKind? expected)
    {
        var tie = A.FriendshipBetween(Seed.Suwon, Seed.Tianjin).SignedOn(2005, 3, 1);

        tie.Upgrade(PartialDate.Between(new LocalDate(2018, 5, 19), new LocalDate(2018, 6, 19)), AgreementKind.SisterCity);

        tie.KindOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void An_event_with_no_known_date_is_known_to_follow_the_events_recorded_before_it()
    {
        var tie = A.SisterTieBetween(Seed.Shanghai, Seed.Suwon).SignedOn(2009, 1, 1);

        tie.Terminate(PartialDate.Unknown, Seed.Shanghai, "unknown");

        tie.StatusOn(new LocalDate(2008, 12, 31)).Should().Be(AgreementStatus.None);
        tie.StatusOn(new LocalDate(2009, 1, 1)).Should().Be(AgreementStatus.Uncertain);
    }

    [Fact]
    public void A_year_known_signing_is_known_to_precede_a_later_event_dated_to_the_day()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(PartialDate.InYear(2019));

        mou.Suspend(new LocalDate(2019, 3, 1), SuspensionReason.Political);

        // The signing happened in recorded order, so on or before 1 March 2019: certain from then on.
        mou.StatusOn(new LocalDate(2019, 3, 1)).Should().Be(AgreementStatus.Suspended);
        mou.StatusOn(new LocalDate(2019, 2, 28)).Should().Be(AgreementStatus.Uncertain);
    }

    [Fact]
    public void A_signing_known_only_to_be_on_or_after_a_day_is_known_to_precede_a_later_event_dated_to_the_day()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(PartialDate.OnOrAfter(new LocalDate(2019, 1, 1)));

        mou.Suspend(new LocalDate(2019, 3, 1), SuspensionReason.Political);

        // The signing has no latest day of its own, but it came before the suspension: certain from 1 March 2019.
        mou.StatusOn(new LocalDate(2019, 3, 1)).Should().Be(AgreementStatus.Suspended);
        mou.StatusOn(new LocalDate(2019, 2, 28)).Should().Be(AgreementStatus.Uncertain);
    }

    [Theory]
    [InlineData("2026-12-31", "2028-09-24")] // before the renewal year the first term certainly runs
    [InlineData("2027-01-01", null)] // boundary: the renewal may have happened, and it would move the end
    public void While_it_is_uncertain_whether_a_renewal_had_happened_the_term_end_is_not_given(string day, string? lastDayOfTerm)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(3).SignedOn(2025, 9, 25);

        mou.Renew(PartialDate.InYear(2027), AgreementTerm.OfYears(3));

        mou.TermEndsOn(D(day)).Should().Be(lastDayOfTerm is null ? null : D(lastDayOfTerm));
    }
}
