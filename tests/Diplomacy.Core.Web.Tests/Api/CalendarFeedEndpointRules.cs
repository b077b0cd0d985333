using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Api;

/// <summary>The host serves a home's agenda as an iCalendar feed, in the language asked for, for a year back and three ahead.</summary>
public sealed class CalendarFeedEndpointRules : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_home_s_calendar_feed_is_served_as_text_calendar_in_the_language_asked_for()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/calendar.ics?home=KR-41&lang=ko", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var feed = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        feed.Should().StartWith("BEGIN:VCALENDAR").And.Contain("X-WR-CALNAME:경기도").And.Contain("BEGIN:VEVENT");
    }

    [Fact]
    public async Task The_feed_holds_the_visit_of_the_past_year_and_the_anniversaries_of_the_next_three()
    {
        var feed = await _app.CreateClient().GetStringAsync(new Uri("/calendar.ics?home=KR-41&lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        feed.Should().Contain("CATEGORIES:delegation").And.Contain("DTSTART;VALUE=DATE:20280925");
    }

    [Fact]
    public async Task A_home_the_register_does_not_hold_is_a_400_that_names_it()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/calendar.ics?home=XX-99", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("XX-99");
    }
}
