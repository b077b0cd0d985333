using Diplomacy.Core.CalendarFeed;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Storage;
using NodaTime;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// <c>/calendar.ics?home=KR-41&amp;lang=ko</c>: a home's agenda as an iCalendar feed a desk subscribes to, from a year
/// before today to three years after it (today in the home's zone), so that past visits stay and the next terms' notices
/// are already there.
/// </summary>
internal static class CalendarFeedEndpoint
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar.ics", Feed)
            .AddEndpointFilter<Refusals>()
            .WithTags("Register")
            .WithName("GetCalendarFeed")
            .WithSummary("A home's anniversaries, term ends with their notices, commitments due and delegations as an iCalendar (RFC 5545) feed.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static IResult Feed(string? home, RegisterHost host, Observer observer, IClock clock, HttpContext context)
    {
        var language = context.Texts().Code;
        var feed = host.Read(register =>
        {
            var region = observer.Home(register, home);
            var today = observer.Today(region);
            var window = new DateInterval(Shifted(today, -1), Shifted(today, 3));
            var agenda = register.AgendaOf(region, window);
            return AgendaCalendar.Write(region, agenda, new CalendarFeedOptions { WrittenAt = clock.GetCurrentInstant(), Language = language });
        });
        return Results.Text(feed, "text/calendar; charset=utf-8");
    }

    /// <summary>Today moved by whole years, held to the calendar's ends so that the feed answers on any day.</summary>
    private static LocalDate Shifted(LocalDate today, int years)
    {
        var year = Math.Clamp(today.Year + years, LocalDate.MinIsoValue.Year, LocalDate.MaxIsoValue.Year);
        return year == today.Year + years ? today.PlusYears(years) : years < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
    }
}
