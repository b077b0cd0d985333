using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Editors;

/// <summary>
/// The editor's cookie is HttpOnly, SameSite=Strict and Secure outside Development, and sign-out revokes it on the
/// server: a copy of it taken before sign-out no longer opens a write page.
/// </summary>
public sealed class SessionRevocation : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_editor_cookie_is_secure_http_only_and_strict_outside_development()
    {
        var client = _app.Browser();
        var page = await client.Open("/editor/sign-in");

        var response = await client.Submit(page, "/editor/sign-in", ("Name", RegisterApp.EditorName), ("Password", RegisterApp.EditorPassword));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("diplomacy-editor=", StringComparison.Ordinal));
        cookie.Should().ContainAll("secure", "httponly", "samesite=strict");
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_a_write_page()
    {
        var editor = _app.Browser();
        var page = await editor.Open("/editor/sign-in");
        var signedIn = await editor.Submit(page, "/editor/sign-in", ("Name", RegisterApp.EditorName), ("Password", RegisterApp.EditorPassword));
        var copied = signedIn.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("diplomacy-editor=", StringComparison.Ordinal)).Split(';')[0];
        (await WritePageWith(copied)).Should().Be(HttpStatusCode.OK, "the copy works while the session lasts");

        var home = await editor.Open("/");
        (await editor.Submit(home, "/editor/sign-out")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await WritePageWith(copied)).Should().Be(HttpStatusCode.Redirect, "sign-out ended the session the copy names");
    }

    private async Task<HttpStatusCode> WritePageWith(string cookie)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = _app.ClientOptions.BaseAddress });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/write/tie", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }
}
