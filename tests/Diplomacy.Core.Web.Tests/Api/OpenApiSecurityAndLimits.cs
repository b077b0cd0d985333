using System.Net.Http.Json;
using System.Text.Json;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Api;

/// <summary>The OpenAPI document says which endpoints need the bearer token, and the limits of what the writes take.</summary>
public sealed class OpenApiSecurityAndLimits : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_bearer_scheme_is_declared_and_required_by_the_writes_and_by_no_read()
    {
        var document = await Document();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/ties").GetProperty("post").GetProperty("security")[0].TryGetProperty("Bearer", out _).Should().BeTrue();
        paths.GetProperty("/api/ties/{id}/events").GetProperty("post").GetProperty("security")[0].TryGetProperty("Bearer", out _).Should().BeTrue();
        paths.GetProperty("/api/coverage").GetProperty("get").TryGetProperty("security", out _).Should().BeFalse();
    }

    [Fact]
    public async Task The_writes_bodies_carry_their_length_limits_and_the_id_pattern()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");

        var tie = schemas.GetProperty("NewTie").GetProperty("properties");
        tie.GetProperty("title").GetProperty("maxLength").GetInt32().Should().Be(Limits.TitleLength);
        tie.GetProperty("id").GetProperty("maxLength").GetInt32().Should().Be(Limits.IdLength);
        tie.GetProperty("id").GetProperty("pattern").GetString().Should().Be(Limits.IdPattern);
        tie.GetProperty("parties").GetProperty("maxItems").GetInt32().Should().Be(Limits.MaxParties);
        schemas.GetProperty("TieEvent").GetProperty("properties").GetProperty("reason").GetProperty("maxLength").GetInt32().Should().Be(Limits.ReasonLength);
    }

    private async Task<JsonElement> Document() =>
        await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
}
