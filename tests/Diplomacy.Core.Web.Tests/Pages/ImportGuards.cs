using System.Net;
using System.Text;
using AngleSharp.Dom;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// The import takes at most 1 MiB on every handler, and what the editor confirms is exactly the sheet previewed: the
/// confirmation carries only the preview's token, which works once.
/// </summary>
public sealed class ImportGuards : IAsyncLifetime
{
    private const string BeijingSheet = "home,home country,partner,partner country,kind,date\nKR-41,KR,CN-BJ,CN,sister,2025-10-01\n";
    private readonly RegisterApp _app = new();
    private HttpClient _editor = null!;

    public async ValueTask InitializeAsync()
    {
        _editor = _app.Browser();
        await _editor.SignIn();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_sheet_posted_straight_to_confirm_without_a_preview_imports_nothing()
    {
        var form = await _editor.Open("/write/import");
        var sheet = BeijingSheet + string.Concat(Enumerable.Range(0, 20).Select(n => $"KR-41,KR,CN-SH,CN,sister,2024-01-{n + 1:00}\n"));

        var response = await _editor.Submit(form, "/write/import?handler=Confirm", ("Format", "RegisterSheet"), ("Sheet", sheet));

        (await Browsing.Read(response)).QuerySelector("#import-report").Should().BeNull();
        _app.Store.Facts.Agreements.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_2_MiB_post_to_confirm_is_refused_before_anything_is_read_into_the_register()
    {
        var form = await _editor.Open("/write/import");
        var big = new string('x', 2 * 1024 * 1024);

        var response = await _editor.Submit(form, "/write/import?handler=Confirm", ("Sheet", big));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _app.Store.Facts.Agreements.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_file_over_1_MiB_is_refused_at_preview()
    {
        var form = await _editor.Open("/write/import?lang=en");
        var big = BeijingSheet + new string('#', Limits.ImportKib * 1024);

        var response = await Upload(form, big);

        (await Browsing.Read(response)).QuerySelector("#import-report").Should().BeNull();
        _app.Store.Facts.Agreements.Should().HaveCount(3);
    }

    [Fact]
    public async Task The_confirmed_import_is_the_previewed_sheet_whatever_the_confirmation_posts()
    {
        var report = await Preview(BeijingSheet);

        var confirmed = await _editor.Submit(
            report,
            "/write/import?handler=Confirm",
            ("PreviewToken", TokenOf(report)),
            ("Format", "PairList"),
            ("Sheet", "KR-41,CN-SH\nKR-41,CN-CQ\n"));

        (await Browsing.Read(confirmed)).QuerySelector("#import-report")!.GetAttribute("data-imported").Should().Be("true");
        _app.Store.Facts.Agreements.Select(tie => tie.Id.Value).Should().HaveCount(4).And.Contain(id => id.Contains("CN-BJ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preview_token_confirms_once()
    {
        var report = await Preview(BeijingSheet);
        await _editor.Submit(report, "/write/import?handler=Confirm", ("PreviewToken", TokenOf(report)));

        var again = await _editor.Submit(report, "/write/import?handler=Confirm", ("PreviewToken", TokenOf(report)));

        (await Browsing.Read(again)).QuerySelector("#import-report").Should().BeNull();
        _app.Store.Facts.Agreements.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_preview_token_expires_after_thirty_minutes()
    {
        var report = await Preview(BeijingSheet);
        _app.Clock.Advance(Writing.ImportPreviews.Lifetime);

        var late = await _editor.Submit(report, "/write/import?handler=Confirm", ("PreviewToken", TokenOf(report)));

        (await Browsing.Read(late)).QuerySelector("#input-problem").Should().NotBeNull();
        _app.Store.Facts.Agreements.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_sheet_whose_id_holds_a_bidirectional_override_is_refused_at_preview()
    {
        var form = await _editor.Open("/write/import?lang=en");
        var sheet = "home,home country,partner,partner country,kind,date,id\nKR-41,KR,CN-BJ,CN,sister,2025-10-01,GG\u202EBJ\n";

        var report = await Browsing.Read(await Upload(form, sheet));

        report.QuerySelector("#refusal-message").Should().NotBeNull();
        report.QuerySelector("#confirm-import").Should().BeNull();
    }

    private async Task<IDocument> Preview(string sheet)
    {
        var form = await _editor.Open("/write/import?lang=en");
        var report = await Browsing.Read(await Upload(form, sheet));
        report.QuerySelector("#import-report")!.GetAttribute("data-imported").Should().Be("false");
        return report;
    }

    private async Task<HttpResponseMessage> Upload(IDocument form, string sheet)
    {
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(form.Token()), "__RequestVerificationToken" },
            { new StringContent("RegisterSheet"), "Format" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(sheet)), "file", "ties.csv" },
        };
        return await _editor.PostAsync(new Uri("/write/import?handler=Preview", UriKind.Relative), upload, TestContext.Current.CancellationToken);
    }

    private static string TokenOf(IDocument report) =>
        report.QuerySelector("#confirm-import-form input[name=PreviewToken]")!.GetAttribute("value")!;
}
