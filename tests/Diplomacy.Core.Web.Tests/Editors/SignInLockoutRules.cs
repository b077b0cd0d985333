using System.Net;
using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Editors;

/// <summary>
/// Sign-in holds against guessing: after five wrong passwords for a name, or from a client, even the right one is
/// refused for fifteen minutes; and one client may post the sign-in form at most ten times a minute.
/// </summary>
public sealed class SignInLockoutRules : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task After_five_wrong_passwords_the_right_one_is_refused_until_fifteen_minutes_have_passed()
    {
        var guesser = _app.Browser();
        for (var attempt = 0; attempt < SignInLockout.MaxFailures; attempt++)
        {
            (await Attempt(guesser, RegisterApp.EditorName, $"guess {attempt}")).QuerySelector("#sign-in-refused").Should().NotBeNull();
        }

        var locked = await Attempt(guesser, RegisterApp.EditorName, RegisterApp.EditorPassword);
        locked.QuerySelector("#sign-in-locked-out").Should().NotBeNull("the right password is refused while the name is locked out");
        (await guesser.GetAsync(new Uri("/write/tie", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        _app.Clock.Advance(SignInLockout.Duration);
        await _app.Browser().SignIn();
    }

    [Fact]
    public async Task Five_wrong_attempts_under_other_names_lock_the_client_out()
    {
        var guesser = _app.Browser();
        for (var attempt = 0; attempt < SignInLockout.MaxFailures; attempt++)
        {
            await Attempt(guesser, $"someone-{attempt}", "guess");
        }

        (await Attempt(guesser, RegisterApp.EditorName, RegisterApp.EditorPassword)).QuerySelector("#sign-in-locked-out").Should().NotBeNull();
    }

    [Fact]
    public async Task Failures_older_than_the_window_do_not_count_towards_a_lockout()
    {
        var editor = _app.Browser();
        for (var attempt = 0; attempt < SignInLockout.MaxFailures - 1; attempt++)
        {
            await Attempt(editor, RegisterApp.EditorName, "guess");
        }

        _app.Clock.Advance(SignInLockout.Window);
        await Attempt(editor, RegisterApp.EditorName, "guess");

        await editor.SignIn();
    }

    [Fact]
    public async Task More_than_ten_sign_in_posts_a_minute_from_one_client_are_answered_429_with_a_page()
    {
        var client = _app.Browser();
        var page = await client.Open("/editor/sign-in");
        var answers = new List<HttpStatusCode>();
        for (var post = 0; post <= Security.SignInPermits; post++)
        {
            var response = await client.Submit(page, "/editor/sign-in", ("Name", $"someone-{post}"), ("Password", "guess"));
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
                (await Browsing.Read(response)).QuerySelector("#error")!.GetAttribute("data-status").Should().Be("429");
            }
        }

        answers.Take(Security.SignInPermits).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        answers[^1].Should().Be(HttpStatusCode.TooManyRequests);
    }

    private static async Task<AngleSharp.Dom.IDocument> Attempt(HttpClient client, string name, string password)
    {
        var page = await client.Open("/editor/sign-in");
        var response = await client.Submit(page, "/editor/sign-in", ("Name", name), ("Password", password));
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused sign-in answers the form again");
        return await Browsing.Read(response);
    }
}
