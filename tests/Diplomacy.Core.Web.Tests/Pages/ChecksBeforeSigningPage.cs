using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// Before a tie is signed the host shows the core's checks: on the write page for a tie as entered (nothing is stored),
/// and on a proposed tie's page, where an approval recorded before the signing answers the policy's requirement.
/// </summary>
public sealed class ChecksBeforeSigningPage : IAsyncLifetime
{
    private readonly RegisterApp _app = new();
    private HttpClient _editor = null!;

    public async ValueTask InitializeAsync()
    {
        _editor = _app.Browser();
        await _editor.SignIn();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Checking_a_sister_tie_with_Shanghai_names_the_MOU_in_force_and_the_missing_approval_and_stores_nothing()
    {
        var form = await _editor.Open("/write/tie?lang=en");
        var commits = _app.Store.Commits;

        var response = await _editor.Submit(
            form, "/write/tie?handler=Check", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-SH"), ("Input.Kind", "SisterCity"), ("Input.SignedOn", "2025-10-01"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browsing.Read(response);
        page.QuerySelectorAll("#signing-warnings li").Select(item => item.GetAttribute("data-check"))
            .Should().Equal("already-tied", "approval-missing");
        page.QuerySelector("#signing-warnings li[data-check='already-tied']")!.GetAttribute("data-tie-id").Should().Be("GG-SH-MOU-2025");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task A_proposal_shows_the_missing_approval_until_the_councils_approval_is_recorded_and_is_then_signed()
    {
        // Given a sister tie with Beijing recorded as only proposed
        var form = await _editor.Open("/write/tie?lang=en");
        var proposed = await _editor.Submit(
            form, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "SisterCity"),
            ("Input.SignedOn", "2025-10-01"), ("Input.Proposed", "true"), ("Input.Id", "GG-BJ-SISTER"));
        proposed.Headers.Location!.OriginalString.Should().Be("/ties/GG-BJ-SISTER");
        var before = await _app.CreateClient().Open("/ties/GG-BJ-SISTER?date=2025-10-10&lang=en");
        before.QuerySelectorAll("#signing-warnings li").Select(item => item.GetAttribute("data-check")).Should().Equal("approval-missing");

        // When the council's approval is recorded
        form = await _editor.Open("/write/event?id=GG-BJ-SISTER&lang=en");
        var approved = await _editor.Submit(
            form, "/write/event", ("Id", "GG-BJ-SISTER"), ("Input.Event", "Approve"), ("Input.On", "2025-10-05"), ("Input.Body", "경기도의회"), ("Input.Resolution", "2025-1108"));

        // Then it is stored, shown in the history, and nothing is left to weigh
        approved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await _app.CreateClient().Open("/ties/GG-BJ-SISTER?date=2025-10-10&lang=en");
        after.QuerySelector("#no-signing-warnings").Should().NotBeNull();
        after.QuerySelectorAll("#history tbody tr").Select(row => row.GetAttribute("data-event")).Should().Equal("proposed", "approved");

        // And once signed the tie has no checks before signing
        form = await _editor.Open("/write/event?id=GG-BJ-SISTER&lang=en");
        await _editor.Submit(form, "/write/event", ("Id", "GG-BJ-SISTER"), ("Input.Event", "Sign"), ("Input.On", "2025-10-20"));
        var signed = await _app.CreateClient().Open("/ties/GG-BJ-SISTER?date=2025-10-20&lang=en");
        signed.QuerySelector("#signing-checks").Should().BeNull();
        signed.QuerySelector("#status-on-date")!.GetAttribute("data-status").Should().Be("InForce");
    }

    [Fact]
    public async Task An_approval_without_a_body_is_refused_as_bad_input_and_nothing_changes()
    {
        var form = await _editor.Open("/write/tie?lang=en");
        await _editor.Submit(
            form, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "SisterCity"),
            ("Input.SignedOn", "2025-10-01"), ("Input.Proposed", "true"), ("Input.Id", "GG-BJ-SISTER"));
        var commits = _app.Store.Commits;

        form = await _editor.Open("/write/event?id=GG-BJ-SISTER&lang=en");
        var response = await _editor.Submit(form, "/write/event", ("Id", "GG-BJ-SISTER"), ("Input.Event", "Approve"), ("Input.On", "2025-10-05"));

        var page = await Browsing.Read(response);
        page.QuerySelector("#refusal-rule").Should().BeNull();
        page.Text("#refusal-message").Should().NotBeEmpty();
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task The_checks_read_in_Korean_on_a_Korean_page()
    {
        var form = await _editor.Open("/write/tie?lang=ko");

        var response = await _editor.Submit(
            form, "/write/tie?handler=Check&lang=ko", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-SH"), ("Input.Kind", "SisterCity"), ("Input.SignedOn", "2025-10-01"));

        var page = await Browsing.Read(response);
        page.Text("#signing-checks h2").Should().Be("체결 전 확인 사항");
        page.Text("#signing-warnings li[data-check='approval-missing']").Should().Contain("승인");
    }
}
