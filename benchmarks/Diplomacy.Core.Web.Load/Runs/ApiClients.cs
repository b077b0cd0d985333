using System.Net.Http.Headers;
using Diplomacy.Core.Web.Load.Hosting;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>The HTTP clients of a run: one the readers share, and the editor's, which carries the API token.</summary>
internal static class ApiClients
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static HttpClient Readers(WebAppProcess app) => new(new SocketsHttpHandler()) { BaseAddress = app.Address, Timeout = Timeout };

    public static HttpClient Editor(WebAppProcess app, Credentials credentials)
    {
        var client = new HttpClient(new SocketsHttpHandler()) { BaseAddress = app.Address, Timeout = Timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credentials.ApiToken);
        return client;
    }
}
