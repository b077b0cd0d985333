using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>API calls as a client of the register makes them, and the problem details it answers with.</summary>
public static class ApiCalls
{
    /// <summary>A client that sends the configured bearer token.</summary>
    public static HttpClient ApiEditor(this RegisterApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", RegisterApp.ApiToken);
        return client;
    }

    /// <summary>Posts a JSON text exactly as given.</summary>
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>Posts a value as JSON.</summary>
    public static Task<HttpResponseMessage> PostValue(this HttpClient client, string url, object value) =>
        client.PostAsJsonAsync(url, value, TestContext.Current.CancellationToken);

    /// <summary>The problem details of a refusal.</summary>
    public static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>The field a 400 names.</summary>
    public static async Task<string?> FieldOf(HttpResponseMessage response) =>
        (await ProblemOf(response)).GetProperty("field").GetString();
}
