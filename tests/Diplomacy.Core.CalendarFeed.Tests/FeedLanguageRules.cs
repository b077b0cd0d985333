using IcsCalendar = Ical.Net.Calendar;

namespace Diplomacy.Core.CalendarFeed.Tests;

/// <summary>A feed reads in the language asked for, from the package's resources; names of places follow the same language.</summary>
public sealed class FeedLanguageRules
{
    private static IcsCalendar Feed(string language)
    {
        var register = Home.Register();
        var text = AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2028)), new CalendarFeedOptions { WrittenAt = Home.WrittenAt, Language = language });
        return IcsCalendar.Load(text)!;
    }

    [Fact]
    public void A_korean_feed_reads_in_korean_with_korean_names()
    {
        var feed = Feed("ko");

        feed.Properties["X-WR-CALNAME"]!.Value.Should().Be("경기도: 기념일, 협정 기간, 약속, 방문");
        feed.Events.Select(e => e.Summary).Should().Contain("Gyeonggi–Tianjin friendship 10주년".Insert(0, "★ "))
            .And.Contain("상하이시 1주년")
            .And.Contain("협정 기간 만료: 상하이시")
            .And.Contain("상하이시 방문: Cooperation with China's municipalities");
    }

    [Fact]
    public void An_english_feed_reads_in_english()
    {
        Feed("en").Events.Select(e => e.Summary).Should().Contain("★ Gyeonggi–Tianjin friendship: 10 years").And.Contain("Term ends: Shanghai");
    }

    [Fact]
    public void A_language_without_texts_of_its_own_falls_back_to_english_words_and_its_own_names()
    {
        Feed("zh-Hans").Events.Select(e => e.Summary).Should().Contain("Term ends: 上海市");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a language")]
    public void A_language_tag_net_does_not_know_is_refused(string language)
    {
        var register = Home.Register();

        FluentActions.Invoking(() => AgendaCalendar.Write(Home.Gyeonggi, register.AgendaOf(Home.Gyeonggi, Home.Years(2025, 2025)), new CalendarFeedOptions { WrittenAt = Home.WrittenAt, Language = language }))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_blank_uid_domain_or_a_missing_argument_is_refused()
    {
        var agenda = Home.Register().AgendaOf(Home.Gyeonggi, Home.Years(2025, 2025));
        var options = new CalendarFeedOptions { WrittenAt = Home.WrittenAt };

        FluentActions.Invoking(() => AgendaCalendar.Write(Home.Gyeonggi, agenda, options with { UidDomain = " " })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => AgendaCalendar.Write(null!, agenda, options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AgendaCalendar.Write(Home.Gyeonggi, null!, options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AgendaCalendar.Write(Home.Gyeonggi, agenda, null!)).Should().Throw<ArgumentNullException>();
    }
}
