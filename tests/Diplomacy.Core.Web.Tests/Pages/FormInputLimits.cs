using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>The write forms hold their values to the same limits as the API: a value over one is said on the page and nothing is stored.</summary>
public sealed class FormInputLimits : IAsyncLifetime
{
    private readonly RegisterApp _app = new();
    private HttpClient _editor = null!;

    public async ValueTask InitializeAsync()
    {
        _editor = _app.Browser();
        await _editor.SignIn();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("Input.Id", "<svg onload=alert(1)>")]
    [InlineData("Input.Id", "../../etc/passwd")]
    [InlineData("Input.Title", "Gyeonggi\u202EBeijing")]
    [InlineData("Input.Title", "Gyeonggi\r\nBeijing")]
    public async Task A_tie_form_value_over_a_limit_is_refused_on_the_page_and_nothing_is_stored(string name, string value)
    {
        var form = await _editor.Open("/write/tie?lang=en");
        var commits = _app.Store.Commits;
        (string, string)[] fields = [("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01"), (name, value)];

        var response = await _editor.Submit(form, "/write/tie", fields);

        var page = await Browsing.Read(response);
        page.QuerySelector("#refusal-message").Should().NotBeNull();
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task A_NUL_in_a_form_value_is_refused_with_400_before_the_page_reads_it_and_nothing_is_stored()
    {
        var form = await _editor.Open("/write/tie?lang=en");
        var commits = _app.Store.Commits;

        var response = await _editor.Submit(
            form, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "CN-BJ"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01"), ("Input.Title", "Gyeonggi\0Beijing"));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await Browsing.Read(response)).QuerySelector("#error")!.GetAttribute("data-status").Should().Be("400");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task An_event_form_reason_with_a_bidirectional_isolate_is_refused_and_nothing_is_stored()
    {
        var form = await _editor.Open("/write/event?lang=en");
        var commits = _app.Store.Commits;

        var response = await _editor.Submit(
            form, "/write/event", ("Id", "GG-SH-MOU-2025"), ("Input.Event", "Terminate"), ("Input.On", "2025-10-01"), ("Input.By", "KR-41"), ("Input.Reason", "Ended\u2066 by both"));

        (await Browsing.Read(response)).QuerySelector("#refusal-message").Should().NotBeNull();
        _app.Store.Commits.Should().Be(commits);
    }
}
