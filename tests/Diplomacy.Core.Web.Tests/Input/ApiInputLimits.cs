using System.Net;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Input;

/// <summary>
/// The API holds every value to the host's limits before anything is stored: a value over one is a 400 naming the
/// field, and the store sees no commit.
/// </summary>
public sealed class ApiInputLimits : IDisposable
{
    private readonly RegisterApp _app = new();
    private readonly int _commitsAtStart;

    public ApiInputLimits()
    {
        // The seed is committed at start; what counts is what the requests below commit.
        _ = _app.Services;
        _commitsAtStart = _app.Store.Commits;
    }

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> UnsafeIds => new()
    {
        "<svg onload=alert(1)>",
        "../../etc/passwd",
        new string('a', Limits.IdLength + 1),
        new string('a', 10_000),
        "GG BJ",
    };

    public static TheoryData<string> CharactersNoTitleTakes => new()
    {
        "\0",
        "\r\n",
        "\n",
        "\u0007",
        "\u202A",
        "\u202E",
        "\u2066",
        "\u2069",
        "\u2028",
    };

    [Theory]
    [MemberData(nameof(UnsafeIds))]
    public async Task An_id_outside_the_safe_characters_or_too_long_is_refused_naming_the_id_and_nothing_is_stored(string id)
    {
        var response = await _app.ApiEditor().PostValue("/api/ties", Tie(id: id));

        await RefusedNaming(response, "id");
    }

    [Theory]
    [MemberData(nameof(CharactersNoTitleTakes))]
    public async Task A_title_with_a_control_or_bidirectional_character_is_refused_naming_the_title(string character)
    {
        var response = await _app.ApiEditor().PostValue("/api/ties", Tie(title: $"Gyeonggi{character}Beijing"));

        await RefusedNaming(response, "title");
    }

    [Fact]
    public async Task A_title_longer_than_the_limit_is_refused_and_one_at_the_limit_is_taken()
    {
        var over = await _app.ApiEditor().PostValue("/api/ties", Tie(title: new string('t', Limits.TitleLength + 1)));
        await RefusedNaming(over, "title");

        var at = await _app.ApiEditor().PostValue("/api/ties", Tie(title: new string('t', Limits.TitleLength)));
        at.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_100000_character_id_is_refused_by_the_body_limit_before_it_is_read_whole()
    {
        var response = await _app.ApiEditor().PostValue("/api/ties", Tie(id: new string('a', 100_000)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _app.Store.Commits.Should().Be(_commitsAtStart);
    }

    [Fact]
    public async Task A_25_MB_title_is_refused_without_reading_past_the_body_limit()
    {
        var response = await _app.ApiEditor().PostValue("/api/ties", Tie(title: new string('t', 25_000_000)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _app.Store.Commits.Should().Be(_commitsAtStart);
    }

    [Fact]
    public async Task A_field_of_cooperation_with_a_line_break_or_too_many_fields_are_refused_naming_fields()
    {
        var broken = await _app.ApiEditor().PostValue("/api/ties", Tie(fields: ["culture\nsport"]));
        var many = await _app.ApiEditor().PostValue("/api/ties", Tie(fields: [.. Enumerable.Range(0, Limits.MaxFields + 1).Select(n => $"field {n}")]));

        await RefusedNaming(broken, "fields");
        await RefusedNaming(many, "fields");
    }

    [Fact]
    public async Task A_reason_may_span_lines_but_takes_no_bidirectional_override()
    {
        var overridden = await _app.ApiEditor().PostValue(
            "/api/ties/GG-SH-MOU-2025/events", new { @event = "Terminate", on = "2025-10-01", by = "KR-41", reason = "Ended \u202Eby both" });
        await RefusedNaming(overridden, "reason");

        var lines = await _app.ApiEditor().PostValue(
            "/api/ties/GG-SH-MOU-2025/events", new { @event = "Terminate", on = "2025-10-01", by = "KR-41", reason = "Ended by both.\nSee the letter of 30 September." });
        lines.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"event":"Renew","on":"2025-10-01","termYears":2147483647}""", "termYears")]
    [InlineData("""{"event":"Renew","on":"2025-10-01","termYears":"2147483647"}""", "termYears")]
    [InlineData("""{"event":"Renew","on":"2025-10-01","termYears":"101"}""", "termYears")]
    [InlineData("""{"event":"Retract","number":-1,"reason":"recorded in error"}""", "number")]
    [InlineData("""{"event":"Retract","number":"-1","reason":"recorded in error"}""", "number")]
    [InlineData("""{"event":"Suspend","on":["2025-10-01"]}""", "on")]
    [InlineData("""{not json""", "body")]
    [InlineData("""[]""", "body")]
    [InlineData("""null""", "body")]
    [InlineData("", "body")]
    public async Task Every_400_of_an_event_names_the_field_that_could_not_be_read(string json, string field)
    {
        var response = await _app.ApiEditor().PostJson("/api/ties/GG-SH-MOU-2025/events", json);

        await RefusedNaming(response, field);
    }

    [Theory]
    [InlineData("""{"parties":"KR-41","kind":"CooperationMemorandum","signedOn":"2025-10-01"}""", "parties")]
    [InlineData("""{"parties":["KR-41","CN-BJ"],"kind":"CooperationMemorandum","signedOn":"2025-10-01","title":7}""", "title")]
    [InlineData("""{"parties":["KR-41","CN-BJ"],"kind":"CooperationMemorandum","signedOn":"2025-10-01",""", "body")]
    public async Task Every_400_of_a_signing_names_the_field_that_could_not_be_read(string json, string field)
    {
        var response = await _app.ApiEditor().PostJson("/api/ties", json);

        await RefusedNaming(response, field);
    }

    private static object Tie(string? id = null, string? title = null, string[]? fields = null) => new
    {
        id,
        parties = new[] { "KR-41", "CN-BJ" },
        kind = "CooperationMemorandum",
        signedOn = "2025-10-01",
        title,
        fields = fields ?? [],
    };

    private async Task RefusedNaming(HttpResponseMessage response, string field)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiCalls.FieldOf(response)).Should().Be(field);
        _app.Store.Commits.Should().Be(_commitsAtStart, "nothing over a limit is stored");
    }
}
