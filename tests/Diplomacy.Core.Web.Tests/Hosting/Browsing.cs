using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>Reads pages as a browser would (the HTML parsed into a document) and posts forms with or without their antiforgery token.</summary>
public static class Browsing
{
    private const string TokenField = "__RequestVerificationToken";
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> Open(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} answers a page");
        return await Read(response);
    }

    public static async Task<IDocument> Read(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"The page has no '{selector}'.");

    /// <summary>The antiforgery token of the page's first form.</summary>
    public static string Token(this IDocument page) =>
        page.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value") ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>Posts a form with the token of the page it came from.</summary>
    public static Task<HttpResponseMessage> Submit(this HttpClient client, IDocument from, string url, params (string Name, string Value)[] fields) =>
        client.PostForm(url, [.. fields, (TokenField, from.Token())]);

    /// <summary>Posts a form exactly as given: a forged post leaves the token out or makes one up.</summary>
    public static Task<HttpResponseMessage> PostForm(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(
            new Uri(url, UriKind.Relative),
            new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));

    /// <summary>Signs the configured editor in on this client (its cookies keep the session).</summary>
    public static async Task SignIn(this HttpClient client)
    {
        var page = await client.Open("/editor/sign-in");
        var response = await client.Submit(page, "/editor/sign-in", ("Name", RegisterApp.EditorName), ("Password", RegisterApp.EditorPassword));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the configured editor signs in");
    }
}
