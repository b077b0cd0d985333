using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>
/// A browser's side of the pages: keeps its cookies by hand (the app's sign-in cookie is Secure, and a cookie container
/// would not send it back over the run's plain HTTP on 127.0.0.1) and posts forms with their antiforgery token.
/// </summary>
internal sealed partial class PageSession(Uri address) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromMinutes(5),
    };

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public void Dispose() => _client.Dispose();

    /// <summary>Gets a page; returns its status and HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        return await SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>Posts a form with the antiforgery token of the page it came from.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostFormAsync(string path, string fromHtml, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value)), KeyValuePair.Create("__RequestVerificationToken", Token(fromHtml))]),
        };
        return await SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>Uploads a file on the import form.</summary>
    public async Task<(HttpStatusCode Status, string Html)> UploadAsync(string path, string fromHtml, string sheet)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(fromHtml)), "__RequestVerificationToken" },
            { new StringContent("RegisterSheet"), "Format" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(sheet)), "file", "ties.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        return await SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>The value of the hidden input <paramref name="name"/> in a page, or null.</summary>
    public static string? Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static string Token(string html) =>
        Hidden(html, "__RequestVerificationToken") ?? throw new InvalidOperationException("The page has no antiforgery token.");

    private async Task<(HttpStatusCode Status, string Html)> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        using var response = await _client.SendAsync(request).ConfigureAwait(false);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var pair in setCookies.Select(header => header.Split(';')[0].Split('=', 2)).Where(pair => pair.Length == 2))
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        var html = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.StatusCode, html);
    }
}
