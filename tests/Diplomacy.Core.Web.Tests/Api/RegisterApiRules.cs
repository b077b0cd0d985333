using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Api;

/// <summary>
/// The JSON API answers what the pages show, with ISO dates; writes need the bearer token, and a refusal is problem
/// details: 400 for what cannot be read, 422 with the rule for what the core refuses.
/// </summary>
public sealed class RegisterApiRules : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_coverage_reads_3_of_4_with_covered_missing_and_uncertain_members()
    {
        var coverage = await Get("/api/coverage?home=KR-41&cohort=cn-municipalities&date=2025-09-26");

        coverage.GetProperty("count").GetInt32().Should().Be(3);
        coverage.GetProperty("total").GetInt32().Should().Be(4);
        coverage.GetProperty("text").GetString().Should().Be("3 of 4");
        coverage.GetProperty("date").GetString().Should().Be("2025-09-26");
        coverage.GetProperty("missing").EnumerateArray().Select(member => member.GetProperty("region").GetProperty("id").GetString()).Should().Equal("CN-BJ");
        coverage.GetProperty("uncertain").GetArrayLength().Should().Be(0);
        coverage.GetProperty("overTime")[0].GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null, "Tianjin's tie is uncertain from the start of time");
    }

    [Fact]
    public async Task The_coverage_in_Korean_reads_the_core_s_Korean_text()
    {
        var coverage = await Get("/api/coverage?date=2025-09-26&lang=ko");

        coverage.GetProperty("text").GetString().Should().Be("4곳 중 3곳");
    }

    [Fact]
    public async Task The_ties_of_a_region_on_a_date_carry_their_status()
    {
        var ties = await Get("/api/regions/KR-41/ties?date=2025-09-24&field=culture");

        ties.GetProperty("ties").EnumerateArray().Select(tie => (tie.GetProperty("id").GetString(), tie.GetProperty("status").GetString()))
            .Should().Equal(("GG-CQ-MOU-2025", "InForce"), ("GG-SH-MOU-2025", "None"));
    }

    [Fact]
    public async Task A_tie_and_a_delegation_are_answered_with_dates_as_written_and_local_times()
    {
        var tie = await Get("/api/ties/GG-TJ-MOU");
        var delegation = await Get("/api/delegations/GG-2025-CN?date=2025-12-01");

        tie.GetProperty("signedOn").GetString().Should().Be("..2025-09-22");
        delegation.GetProperty("stops")[0].GetProperty("arrival").GetProperty("local").GetString().Should().Be("2025-09-22T13:00:00");
        delegation.GetProperty("stops")[0].GetProperty("arrival").GetProperty("zone").GetString().Should().Be("Asia/Shanghai");
        delegation.GetProperty("commitments").EnumerateArray().Count(commitment => commitment.GetProperty("overdue").GetBoolean()).Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_tie_is_404_and_an_unreadable_date_is_400_problem_details()
    {
        var client = _app.CreateClient();

        var missing = await client.GetAsync(new Uri("/api/ties/NOPE", UriKind.Relative), TestContext.Current.CancellationToken);
        var malformed = await client.GetAsync(new Uri("/api/coverage?date=yesterday", UriKind.Relative), TestContext.Current.CancellationToken);

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Problem(malformed)).GetProperty("field").GetString().Should().Be("date");
    }

    [Fact]
    public async Task A_write_without_a_token_is_401_and_with_a_wrong_one_403_and_stores_nothing()
    {
        var anonymous = _app.CreateClient();
        var forger = _app.CreateClient();
        forger.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-token");
        var commits = _app.Store.Commits;

        var withoutToken = await anonymous.PostAsJsonAsync("/api/ties", BeijingMou, TestContext.Current.CancellationToken);
        var withWrongToken = await forger.PostAsJsonAsync("/api/ties", BeijingMou, TestContext.Current.CancellationToken);

        withoutToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        withWrongToken.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task A_write_with_the_token_is_201_and_the_next_coverage_counts_it()
    {
        var response = await Editor().PostAsJsonAsync("/api/ties", BeijingMou, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.Should().Be("/api/ties/GG-BJ-MOU-2025");
        (await Get("/api/coverage?date=2025-10-01")).GetProperty("count").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task A_tie_the_core_refuses_is_422_with_the_rule_and_stores_nothing()
    {
        var editor = Editor();
        var commits = _app.Store.Commits;

        var response = await editor.PostAsJsonAsync(
            "/api/ties",
            new { parties = new[] { "KR-41", "KR-41" }, kind = "CooperationMemorandum", signedOn = "2025-10-01" },
            TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem(response)).GetProperty("rule").GetString().Should().Be("AgreementPartiesMustBeDistinct");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task An_event_is_recorded_and_one_the_core_refuses_is_422_with_the_rule()
    {
        var editor = Editor();

        var suspended = await editor.PostAsJsonAsync(
            "/api/ties/GG-SH-MOU-2025/events", new { @event = "Suspend", on = "2025-10-01", suspensionReason = "Pandemic" }, TestContext.Current.CancellationToken);
        var upgradeDown = await editor.PostAsJsonAsync(
            "/api/ties/GG-CQ-MOU-2025/events", new { @event = "Upgrade", on = "2025-10-01", to = "LetterOfIntent" }, TestContext.Current.CancellationToken);
        var unknown = await editor.PostAsJsonAsync(
            "/api/ties/NOPE/events", new { @event = "Resume", on = "2025-10-01" }, TestContext.Current.CancellationToken);

        suspended.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Get("/api/ties/GG-SH-MOU-2025?date=2025-10-02")).GetProperty("statusOnDate").GetString().Should().Be("Suspended");
        upgradeDown.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem(upgradeDown)).GetProperty("rule").GetString().Should().Be("UpgradeMustBeDeeper");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var response = await Editor().PostAsync(
            new Uri("/api/ties", UriKind.Relative), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint_and_describes_dates_as_ISO_text()
    {
        var document = await Get("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.EnumerateObject().Select(path => path.Name).Should().BeEquivalentTo(
            "/calendar.ics", "/api/regions/{home}/ties", "/api/coverage", "/api/ties/{id}", "/api/delegations/{id}", "/api/regions", "/api/ties", "/api/ties/{id}/events");
        paths.GetProperty("/api/ties").EnumerateObject().Select(operation => operation.Name).Should().BeEquivalentTo("get", "post");
        paths.GetProperty("/api/ties").GetProperty("post").GetProperty("responses").EnumerateObject().Select(response => response.Name)
            .Should().Contain(["201", "400", "401", "403", "422"]);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("CoverageReport").GetProperty("properties").GetProperty("date").GetProperty("$ref").GetString()
            .Should().Be("#/components/schemas/LocalDate");
        schemas.GetProperty("LocalDate").GetProperty("type").GetString().Should().Be("string");
        schemas.GetProperty("LocalDate").GetProperty("format").GetString().Should().Be("date");
    }

    private static object BeijingMou => new
    {
        id = "GG-BJ-MOU-2025",
        parties = new[] { "KR-41", "CN-BJ" },
        kind = "CooperationMemorandum",
        signedOn = "2025-10-01",
        title = "Gyeonggi Province–Beijing MOU",
    };

    private HttpClient Editor()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", RegisterApp.ApiToken);
        return client;
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} answers");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
