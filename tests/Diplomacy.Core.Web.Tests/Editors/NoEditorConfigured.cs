using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Editors;

/// <summary>Without an editor in configuration nobody can sign in, and the sign-in page says so; without a token, no API write passes.</summary>
public sealed class NoEditorConfigured : IDisposable
{
    private readonly RegisterApp _app = RegisterApp.WithoutEditor();

    [Fact]
    public async Task The_sign_in_page_says_that_no_editor_is_configured()
    {
        var page = await _app.Browser().Open("/editor/sign-in?lang=en");

        page.Text("#no-editor").Should().Contain("Editor:Name");
        page.QuerySelector("#sign-in")!.HasAttribute("disabled").Should().BeTrue();
    }

    [Fact]
    public async Task Nobody_signs_in_even_with_an_empty_name_and_password()
    {
        var client = _app.Browser();
        var page = await client.Open("/editor/sign-in");

        var response = await client.Submit(page, "/editor/sign-in", ("Name", string.Empty), ("Password", string.Empty));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/write/tie", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_api_write_is_forbidden_whatever_token_it_carries()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "anything");

        var response = await client.PostAsync(new Uri("/api/ties", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    public void Dispose() => _app.Dispose();
}
