using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Editors;

/// <summary>Reading is open; writing needs the configured editor signed in, and every form post its antiforgery token.</summary>
public sealed class EditorSignInRules(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Theory]
    [InlineData("/write/tie")]
    [InlineData("/write/event")]
    [InlineData("/write/import")]
    public async Task An_anonymous_reader_asking_for_a_write_page_is_sent_to_the_sign_in_page(string url)
    {
        var response = await app.Browser().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("https://localhost/editor/sign-in?ReturnUrl=");
    }

    [Fact]
    public async Task An_anonymous_post_of_a_tie_is_refused_and_stores_nothing()
    {
        // Given a reader who is not signed in, holding a real token from a page
        var client = app.Browser();
        var page = await client.Open("/editor/sign-in");
        var commits = app.Store.Commits;

        // When the reader posts a signing
        var response = await client.Submit(page, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01"));

        // Then it is sent to sign in and nothing is committed
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/editor/sign-in");
        app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_page_says_so()
    {
        var client = app.Browser();
        var page = await client.Open("/editor/sign-in?lang=en");

        var response = await client.Submit(page, "/editor/sign-in", ("Name", RegisterApp.EditorName), ("Password", "wrong"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Browsing.Read(response)).QuerySelector("#sign-in-refused").Should().NotBeNull();
        (await client.GetAsync(new Uri("/write/tie", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_configured_editor_signs_in_and_may_open_the_write_pages()
    {
        var client = app.Browser();

        await client.SignIn();

        var page = await client.Open("/write/tie?lang=en");
        page.Text("#signed-in-as").Should().Contain(RegisterApp.EditorName);
    }

    [Fact]
    public async Task A_sign_in_post_without_an_antiforgery_token_is_refused()
    {
        var response = await app.Browser().PostForm("/editor/sign-in", ("Name", RegisterApp.EditorName), ("Password", RegisterApp.EditorPassword));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(null)] // no token at all
    [InlineData("CfDJ8-forged-token")] // a token this app never issued
    public async Task A_signed_in_editors_form_posted_without_its_own_token_is_refused_with_400_and_stores_nothing(string? token)
    {
        // Given a signed-in editor
        var client = app.Browser();
        await client.SignIn();
        var commits = app.Store.Commits;
        (string, string)[] fields =
            [("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01")];

        // When a post arrives without the form's token (as from another site riding the cookie)
        var response = await client.PostForm("/write/tie", token is null ? fields : [.. fields, ("__RequestVerificationToken", token)]);

        // Then it is refused and nothing is committed
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        app.Store.Commits.Should().Be(commits);
        app.Store.Facts.Agreements.Should().HaveCount(3);
    }
}
