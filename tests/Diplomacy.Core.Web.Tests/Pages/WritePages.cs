using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// A signed-in editor's writes go through the core's commands: an accepted one is committed and visible to the next
/// reader; a refused one shows the rule's message and changes nothing, in the register or the store.
/// </summary>
public sealed class WritePages : IAsyncLifetime
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
    public async Task A_recorded_signing_with_Beijing_is_committed_and_the_next_reader_sees_4_of_4()
    {
        // Given the seed (3 of 4) and a signed-in editor on the form
        var form = await _editor.Open("/write/tie?lang=en");

        // When the editor records an MOU with Beijing signed on 1 October
        var response = await _editor.Submit(
            form,
            "/write/tie",
            ("Input.Parties", "KR-41"),
            ("Input.Parties", "CN-BJ"),
            ("Input.Kind", "CooperationMemorandum"),
            ("Input.SignedOn", "2025-10-01"),
            ("Input.Title", "Gyeonggi Province–Beijing MOU"),
            ("Input.Fields", "culture"),
            ("Input.Id", "GG-BJ-MOU-2025"));

        // Then it is taken, stored, and another reader counts it
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/ties/GG-BJ-MOU-2025");
        _app.Store.Agreement("GG-BJ-MOU-2025").Should().NotBeNull();
        var coverage = await _app.CreateClient().Open("/coverage?date=2025-10-01&lang=en");
        coverage.Text("#coverage-count").Should().Be("4 of 4");
    }

    [Fact]
    public async Task A_second_MOU_with_Tianjin_is_refused_with_the_rule_and_nothing_changes()
    {
        // Given the seed's MOU with Tianjin
        var form = await _editor.Open("/write/tie?lang=en");
        var commits = _app.Store.Commits;

        // When the editor records the same tie again
        var response = await _editor.Submit(
            form, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-TJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01"));

        // Then the page names the rule the core applied, and neither the register nor the store changed
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browsing.Read(response);
        page.Text("#refusal-rule").Should().Be("AgreementMustNotDuplicateATie");
        page.Text("#refusal-message").Should().NotBeEmpty();
        _app.Store.Commits.Should().Be(commits);
        _app.Store.Facts.Agreements.Should().HaveCount(3);
        (await _app.CreateClient().Open("/?date=2025-10-02")).QuerySelectorAll("#ties tbody tr").Should().HaveCount(3);
    }

    [Fact]
    public async Task A_date_that_is_no_date_is_said_and_nothing_is_stored()
    {
        var form = await _editor.Open("/write/tie?lang=en");
        var commits = _app.Store.Commits;

        var response = await _editor.Submit(
            form, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "1 Oct 2025"));

        var page = await Browsing.Read(response);
        page.QuerySelector("#refusal-rule").Should().BeNull();
        page.Text("#refusal-message").Should().Contain("1 Oct 2025");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task A_suspension_recorded_on_Shanghais_tie_is_stored_and_shown_as_its_status()
    {
        var form = await _editor.Open("/write/event?id=GG-SH-MOU-2025&lang=en");

        var response = await _editor.Submit(
            form, "/write/event", ("Id", "GG-SH-MOU-2025"), ("Input.Event", "Suspend"), ("Input.On", "2025-10-01"), ("Input.SuspensionReason", "Political"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        _app.Store.Agreement("GG-SH-MOU-2025")!.History.Should().HaveCount(2);
        var tie = await _app.CreateClient().Open("/ties/GG-SH-MOU-2025?date=2025-10-02&lang=en");
        tie.QuerySelector("#status-on-date")!.GetAttribute("data-status").Should().Be("Suspended");
        tie.QuerySelectorAll("#history tbody tr").Select(row => row.GetAttribute("data-event")).Should().Equal("signed", "suspended");
    }

    [Fact]
    public async Task Resuming_a_tie_that_is_not_suspended_is_refused_with_the_rule_and_nothing_changes()
    {
        var form = await _editor.Open("/write/event?lang=en");
        var before = _app.Store.Agreement("GG-CQ-MOU-2025");

        var response = await _editor.Submit(form, "/write/event", ("Id", "GG-CQ-MOU-2025"), ("Input.Event", "Resume"), ("Input.On", "2025-10-01"));

        (await Browsing.Read(response)).Text("#refusal-rule").Should().Be("ResumeOnlyASuspendedAgreement");
        _app.Store.Agreement("GG-CQ-MOU-2025").Should().Be(before);
        (await _app.CreateClient().Open("/ties/GG-CQ-MOU-2025")).QuerySelectorAll("#history tbody tr").Should().HaveCount(1);
    }

    [Fact]
    public async Task A_suspension_recorded_in_error_is_retracted_by_its_number_and_the_tie_is_in_force_again_with_the_retraction_stored()
    {
        // Given a suspension of Shanghai's tie, the second event of its history
        var form = await _editor.Open("/write/event?id=GG-SH-MOU-2025&lang=en");
        await _editor.Submit(form, "/write/event", ("Id", "GG-SH-MOU-2025"), ("Input.Event", "Suspend"), ("Input.On", "2025-10-01"));

        // When the editor retracts event #2, giving the reason
        form = await _editor.Open("/write/event?id=GG-SH-MOU-2025&lang=en");
        var response = await _editor.Submit(
            form, "/write/event", ("Id", "GG-SH-MOU-2025"), ("Input.Event", "Retract"), ("Input.Number", "2"), ("Input.Reason", "another city's suspension"));

        // Then the tie is in force again, its history is the signing alone, and the store keeps the retraction
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = _app.Store.Agreement("GG-SH-MOU-2025")!;
        stored.History.Should().ContainSingle();
        stored.Retractions.Should().ContainSingle().Which.Reason.Should().Be("another city's suspension");
        var tie = await _app.CreateClient().Open("/ties/GG-SH-MOU-2025?date=2025-10-02&lang=en");
        tie.QuerySelector("#status-on-date")!.GetAttribute("data-status").Should().Be("InForce");
    }

    [Fact]
    public async Task Retracting_the_signing_is_refused_with_the_rule_and_nothing_changes()
    {
        var form = await _editor.Open("/write/event?lang=en");
        var before = _app.Store.Agreement("GG-CQ-MOU-2025");

        var response = await _editor.Submit(
            form, "/write/event", ("Id", "GG-CQ-MOU-2025"), ("Input.Event", "Retract"), ("Input.Number", "1"), ("Input.Reason", "wrong tie"));

        (await Browsing.Read(response)).Text("#refusal-rule").Should().Be("AgreementSigningCannotBeRetracted");
        _app.Store.Agreement("GG-CQ-MOU-2025").Should().Be(before);
    }

    [Fact]
    public async Task A_retraction_of_an_event_the_history_does_not_hold_is_refused_as_bad_input_and_nothing_changes()
    {
        var form = await _editor.Open("/write/event?lang=en");
        var commits = _app.Store.Commits;

        var response = await _editor.Submit(
            form, "/write/event", ("Id", "GG-CQ-MOU-2025"), ("Input.Event", "Retract"), ("Input.Number", "5"), ("Input.Reason", "wrong"));

        (await Browsing.Read(response)).Text("#refusal-message").Should().Contain("no event #5");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task An_import_is_reported_on_a_copy_first_and_lands_only_when_confirmed()
    {
        // Given a sheet with a sister tie of Gyeonggi and Beijing
        const string sheet = "home,home country,partner,partner country,kind,date\nKR-41,KR,CN-BJ,CN,sister,2025-10-01\n";
        var form = await _editor.Open("/write/import?lang=en");

        // When the editor uploads it
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(form.Token()), "__RequestVerificationToken" },
            { new StringContent("RegisterSheet"), "Format" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(sheet)), "file", "ties.csv" },
        };
        var preview = await _editor.PostAsync(new Uri("/write/import?handler=Preview", UriKind.Relative), upload, TestContext.Current.CancellationToken);

        // Then the report says what would be created, and nothing is in the register yet
        var report = await Browsing.Read(preview);
        report.Text("#import-summary").Should().Contain("1 ties created");
        report.QuerySelector("#import-report")!.GetAttribute("data-imported").Should().Be("false");
        _app.Store.Facts.Agreements.Should().HaveCount(3);
        (await _app.CreateClient().Open("/coverage?date=2025-10-02&lang=en")).Text("#coverage-count").Should().Be("3 of 4");

        // When the editor confirms
        var confirmed = await _editor.Submit(
            report,
            "/write/import?handler=Confirm",
            ("PreviewToken", report.QuerySelector("#confirm-import-form input[name=PreviewToken]")!.GetAttribute("value")!));

        // Then the tie lands in the register and the store
        (await Browsing.Read(confirmed)).QuerySelector("#import-report")!.GetAttribute("data-imported").Should().Be("true");
        _app.Store.Facts.Agreements.Should().HaveCount(4);
        (await _app.CreateClient().Open("/coverage?date=2025-10-02&lang=en")).Text("#coverage-count").Should().Be("4 of 4");
    }
}
