using IcsCalendar = Ical.Net.Calendar;

namespace Diplomacy.Core.CalendarFeed.Tests;

/// <summary>An event's UID names what it is about, never when the feed was written, so a subscribed calendar updates instead of duplicating.</summary>
public sealed class FeedUidRules
{
    private static List<string> Uids(Instant writtenAt, string domain = "diplomacy-core")
    {
        var register = Home.Register();
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2030)), new CalendarFeedOptions { WrittenAt = writtenAt, UidDomain = domain });
        return [.. IcsCalendar.Load(text)!.Events.Select(e => e.Uid!)];
    }

    [Fact]
    public void The_same_agenda_written_at_another_time_keeps_every_uid()
    {
        Uids(Home.WrittenAt).Should().Equal(Uids(Home.WrittenAt.Plus(Duration.FromDays(30))));
    }

    [Fact]
    public void Every_event_of_a_feed_has_its_own_uid()
    {
        Uids(Home.WrittenAt).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_uid_names_the_home_what_the_entry_is_and_its_subject_with_unsafe_characters_escaped()
    {
        Uids(Home.WrittenAt).Should().Contain(
            "KR-41.anniversary.GG%2FTJ%202015%2F10@diplomacy-core",
            "KR-41.term-end.GG-SH-2025%2F2028-09-24@diplomacy-core",
            "KR-41.term-end-notice.GG-SH-2025%2F2028-09-24@diplomacy-core",
            "KR-41.commitment.GG-2025-CN%2F1@diplomacy-core",
            "KR-41.delegation.GG-2025-CN@diplomacy-core");
    }

    [Fact]
    public void The_host_names_the_domain_its_uids_end_in()
    {
        Uids(Home.WrittenAt, "register.example.org").Should().OnlyContain(uid => uid.EndsWith("@register.example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_or_tie_named_in_another_script_is_escaped_as_its_utf8_bytes()
    {
        var register = Home.Register();
        var agenda = register.AgendaOf(Home.Gyeonggi, Home.Years(2026, 2026))
            .Select(entry => entry.Kind == Core.Portfolio.AgendaEntryKind.Anniversary && entry.Agreement!.Id.Value == "GG-SH-2025" ? entry : null)
            .OfType<Core.Portfolio.AgendaEntry>();
        var seoulCity = Core.Geography.Region.CreatePlace(
            new Core.Geography.RegionId("KR-11-중구"), Core.Geography.AdministrativeKind.District, Core.Geography.RegionNames.Of("ko", "중구"), Home.Gyeonggi);

        var text = AgendaCalendar.Write(seoulCity, agenda, new CalendarFeedOptions { WrittenAt = Home.WrittenAt });

        IcsCalendar.Load(text)!.Events.Single().Uid.Should().Be("KR-11-%EC%A4%91%EA%B5%AC.anniversary.GG-SH-2025%2F1@diplomacy-core");
    }
}
