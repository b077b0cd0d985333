using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// Every page and endpoint answers for any date NodaTime's ISO calendar holds, from its first day to its last, over a
/// register holding ties at the calendar's ends: 200, or a 4xx that names what was wrong, never a 500.
/// </summary>
public sealed class EveryDateTheCalendarHolds : IAsyncLifetime
{
    private const string SignedOnTheLastDayButOne = "KR-41-CN-BJ-LAST";
    private const string SuspendedOnTheLastDay = "KR-41-CN-TJ-SUSPENDED";
    private const string SignedOnTheFirstDay = "KR-41-CN-SH-FIRST";
    private const string RenewedAtTheEnd = "KR-41-CN-CQ-RENEWED";

    private static readonly string[] TieIds = [SignedOnTheLastDayButOne, SuspendedOnTheLastDay, SignedOnTheFirstDay, RenewedAtTheEnd, "GG-TJ-MOU", "GG-SH-MOU-2025"];

    private readonly RegisterApp _app = new();

    public async ValueTask InitializeAsync()
    {
        var editor = Editor();
        await Record(editor, "/api/ties", new { id = SignedOnTheLastDayButOne, parties = new[] { "KR-41", "CN-BJ" }, kind = "CooperationMemorandum", signedOn = "9999-12-30" });
        await Record(editor, "/api/ties", new { id = SuspendedOnTheLastDay, parties = new[] { "KR-41", "CN-TJ" }, kind = "Friendship", signedOn = "2000-01-01" });
        await Record(editor, $"/api/ties/{SuspendedOnTheLastDay}/events", new { @event = "Suspend", on = "9999-12-31", suspensionReason = "Political" });
        await Record(editor, "/api/ties", new { id = SignedOnTheFirstDay, parties = new[] { "KR-41", "CN-SH" }, kind = "Friendship", signedOn = "-9998-01-01" });
        await Record(editor, "/api/ties", new { id = RenewedAtTheEnd, parties = new[] { "KR-41", "CN-CQ" }, kind = "Friendship", signedOn = "9990" });
        await Record(editor, $"/api/ties/{RenewedAtTheEnd}/events", new { @event = "Renew", on = "9999-12-31", termYears = "5" });
    }

    public ValueTask DisposeAsync()
    {
        _app.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_page_and_endpoint_answers_every_date_from_the_calendars_first_day_to_its_last()
    {
        var reader = _app.CreateClient();
        var editor = Editor();
        await Dates.Select(Gen.Int[0, Reads.Length - 1]).SampleAsync(
            async sample =>
            {
                var (date, read) = sample;
                var url = string.Format(CultureInfo.InvariantCulture, Reads[read], Iso(date));
                await Answers(await reader.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken), $"GET {url}");
            },
            iter: 300);
        await Dates.Select(Gen.Int[0, Events.Length - 1]).SampleAsync(
            async sample =>
            {
                var (date, kind) = sample;
                var url = $"/api/ties/{SignedOnTheFirstDay}/events";
                var response = await editor.PostAsJsonAsync(url, new { @event = Events[kind], on = Iso(date), termYears = "1", reason = "a test", by = "KR-41", to = "SisterCity" }, TestContext.Current.CancellationToken);
                await Answers(response, $"POST {Events[kind]} on {Iso(date)}");
            },
            iter: 100);
    }

    [Fact]
    public async Task Every_page_and_endpoint_answers_the_calendars_ends_and_no_date_at_all()
    {
        var reader = _app.CreateClient();
        foreach (var date in Ends)
        {
            foreach (var read in Reads)
            {
                var url = string.Format(CultureInfo.InvariantCulture, read, Iso(date));
                await Answers(await reader.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken), $"GET {url}");
            }
        }

        foreach (var read in Reads)
        {
            var url = string.Format(CultureInfo.InvariantCulture, read, string.Empty);
            await Answers(await reader.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken), $"GET {url}");
        }
    }

    private static readonly LocalDate[] Ends =
    [
        LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(1), LocalDate.MaxIsoValue.PlusDays(-7),
        LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MaxIsoValue,
    ];

    private static readonly string[] Events = ["Suspend", "Resume", "Renew", "Upgrade", "Terminate"];

    private static readonly string[] Reads =
    [
        .. new[] { "en", "ko" }.SelectMany(lang => new[]
        {
            $"/?date={{0}}&lang={lang}",
            $"/coverage?date={{0}}&lang={lang}",
            $"/delegations/GG-2025-CN?date={{0}}&lang={lang}",
            $"/api/regions/KR-41/ties?date={{0}}&lang={lang}",
            $"/api/coverage?date={{0}}&lang={lang}",
            $"/api/delegations/GG-2025-CN?date={{0}}&lang={lang}",
        }),
        .. TieIds.SelectMany(id => new[] { $"/ties/{id}?date={{0}}", $"/api/ties/{id}?date={{0}}" }),
    ];

    /// <summary>Any day of the calendar, its ends and the days beside them drawn often.</summary>
    private static Gen<LocalDate> Dates =>
        Gen.Frequency(
            (3, Gen.Int[0, Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days].Select(days => LocalDate.MinIsoValue.PlusDays(days))),
            (1, Gen.Int[0, Ends.Length - 1].Select(end => Ends[end])));

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static async Task Answers(HttpResponseMessage response, string request)
    {
        var status = (int)response.StatusCode;
        status.Should().BeLessThan(500, $"{request} must not fail on a date the calendar holds");
        if (status >= 400 && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            problem.RootElement.TryGetProperty("detail", out var detail).Should().BeTrue($"{request} says what was wrong");
            detail.GetString().Should().NotBeNullOrWhiteSpace();
        }
    }

    private static async Task Record(HttpClient editor, string url, object body)
    {
        var response = await editor.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.Should().BeTrue($"POST {url} is accepted: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private HttpClient Editor()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RegisterApp.ApiToken);
        return client;
    }
}
