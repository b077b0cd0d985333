using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using IcsCalendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;

namespace Diplomacy.Core.CalendarFeed.Tests;

/// <summary>Each date on a home's agenda is one all-day event over the days it covers or may fall on, never a guessed day.</summary>
public sealed class FeedEventRules
{
    private static IReadOnlyList<CalendarEvent> Events(DateInterval window, string language = "en")
    {
        var register = Home.Register();
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, window), new CalendarFeedOptions { WrittenAt = Home.WrittenAt, Language = language });
        return [.. IcsCalendar.Load(text)!.Events];
    }

    private static (DateOnly Start, DateOnly End) AllDay(CalendarEvent @event)
    {
        @event.DtStart!.HasTime.Should().BeFalse();
        return (@event.DtStart.Date, @event.DtEnd!.Date);
    }

    [Fact]
    public void Every_entry_of_the_agenda_is_one_event()
    {
        var register = Home.Register();
        var agenda = register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2030));

        Events(Home.Years(2025, 2030)).Should().HaveCount(agenda.Count);
    }

    [Fact]
    public void A_date_known_to_the_day_is_an_all_day_event_ending_the_next_day_as_RFC_5545_counts()
    {
        var termEnd = Events(Home.Years(2028, 2028)).Single(e => e.Categories.Contains("term-end"));

        AllDay(termEnd).Should().Be((new DateOnly(2028, 9, 24), new DateOnly(2028, 9, 25)));
        termEnd.Status.Should().Be("CONFIRMED");
    }

    [Fact]
    public void An_anniversary_of_a_tie_signed_in_a_known_month_is_that_whole_month_and_says_so()
    {
        var tenth = Events(Home.Years(2025, 2025)).Single(e => e.Categories.Contains("anniversary"));

        AllDay(tenth).Should().Be((new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)));
        tenth.Description.Should().Contain("2025-10-01").And.Contain("2025-10-31");
    }

    [Theory]
    [InlineData(2025, true)] // the tenth
    [InlineData(2026, false)]
    [InlineData(2030, true)] // the fifteenth
    public void Every_fifth_anniversary_is_starred_and_in_the_milestone_category(int year, bool milestone)
    {
        var anniversary = Events(Home.Years(year, year)).Single(e => e.Categories.Contains("anniversary") && e.Description!.Contains("GG/TJ 2015"));

        anniversary.Categories.Contains("milestone").Should().Be(milestone);
        anniversary.Summary!.StartsWith('★').Should().Be(milestone);
    }

    [Fact]
    public void A_term_end_has_its_notice_twelve_months_before_naming_the_last_day()
    {
        var notice = Events(Home.Years(2027, 2027)).Single(e => e.Categories.Contains("term-end-notice"));

        AllDay(notice).Should().Be((new DateOnly(2027, 9, 24), new DateOnly(2027, 9, 25)));
        notice.Summary.Should().Contain("2028-09-24");
    }

    [Fact]
    public void An_entry_that_only_may_come_is_tentative_and_says_why()
    {
        var register = Home.Register();
        var agenda = register.AgendaOf(Home.Gyeonggi, new DateInterval(new LocalDate(2025, 11, 15), new LocalDate(2025, 12, 31)));
        var text = AgendaCalendar.Write(Home.Gyeonggi, agenda, new CalendarFeedOptions { WrittenAt = Home.WrittenAt });

        var due = IcsCalendar.Load(text)!.Events.Single(e => e.Categories.Contains("commitment"));

        due.Status.Should().Be("TENTATIVE");
        due.Description.Should().Contain("may not come");
    }

    [Fact]
    public void A_visit_blocks_its_days_and_reminders_do_not()
    {
        var events = Events(Home.Years(2025, 2025));

        events.Single(e => e.Categories.Contains("delegation")).Transparency.Should().Be("OPAQUE");
        events.Where(e => !e.Categories.Contains("delegation")).Should().OnlyContain(e => e.Transparency == "TRANSPARENT");
    }

    [Fact]
    public void A_visit_covers_each_of_its_days_and_names_where_it_goes()
    {
        var visit = Events(Home.Years(2025, 2025)).Single(e => e.Categories.Contains("delegation"));

        AllDay(visit).Should().Be((new DateOnly(2025, 9, 22), new DateOnly(2025, 9, 27)));
        visit.Summary.Should().Be("Visit to Shanghai: Cooperation with China's municipalities");
    }

    [Fact]
    public void A_trip_planned_before_its_stops_are_known_is_named_by_its_purpose()
    {
        var register = Core.Portfolio.Register.Open();
        register.Record(Delegation.PlanOutbound(
            new DelegationId("GG-2026"), Home.Gyeonggi, "Trade mission", new DelegationMember("Kim", "Governor", MemberRole.Governor),
            new LocalDateTime(2026, 3, 2, 9, 0), new LocalDateTime(2026, 3, 4, 18, 0)));
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2026, 2026)), new CalendarFeedOptions { WrittenAt = Home.WrittenAt });

        IcsCalendar.Load(text)!.Events.Single().Summary.Should().Be("Visit out: Trade mission");
    }

    [Fact]
    public void A_visit_received_is_named_by_where_the_visitors_come_from()
    {
        var register = Core.Portfolio.Register.Open();
        register.Record(Delegation.PlanInbound(
            new DelegationId("SH-2025"), Home.Gyeonggi, Home.Shanghai, "Return visit", new DelegationMember("Gong", "Mayor", MemberRole.Mayor),
            new LocalDateTime(2025, 11, 10, 10, 0), new LocalDateTime(2025, 11, 12, 18, 0)));
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2025)), new CalendarFeedOptions { WrittenAt = Home.WrittenAt, Language = "ko" });

        IcsCalendar.Load(text)!.Events.Single().Summary.Should().Be("상하이시 대표단 방문: Return visit");
    }

    [Fact]
    public void Every_event_is_stamped_with_the_time_the_host_gives_since_the_library_reads_no_clock()
    {
        Events(Home.Years(2025, 2030)).Should().OnlyContain(e => e.DtStamp!.AsUtc == Home.WrittenAt.ToDateTimeUtc());
    }

    [Fact]
    public void A_kept_or_dropped_commitment_stays_on_its_day_and_says_what_became_of_it()
    {
        var register = Home.Register();
        var trip = register.Delegations.Delegations.Single();
        trip.CompleteCommitment(1, new LocalDate(2025, 10, 20));
        var dropped = trip.Commit(Home.Gyeonggi, Home.Tianjin, "Host a forum", PartialDate.On(new LocalDate(2025, 11, 20)));
        trip.DropCommitment(dropped.Number, new LocalDate(2025, 10, 21), "Postponed");
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2025)), new CalendarFeedOptions { WrittenAt = Home.WrittenAt });

        var summaries = IcsCalendar.Load(text)!.Events.Where(e => e.Categories.Contains("commitment")).Select(e => e.Summary);

        summaries.Should().BeEquivalentTo(
            "Due: Send an invitation (Gyeonggi Province to Shanghai) (kept)",
            "Due: Host a forum (Gyeonggi Province to Tianjin) (dropped)");
    }
}
