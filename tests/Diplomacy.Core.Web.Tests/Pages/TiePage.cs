using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>A tie's page shows its parties, status today and on a date, history with dates as written, sources, signatories, anniversary and term.</summary>
public sealed class TiePage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Shanghais_tie_shows_its_history_sources_signatories_and_next_anniversary()
    {
        var page = await app.CreateClient().Open("/ties/GG-SH-MOU-2025?date=2025-09-24&lang=en");

        page.QuerySelectorAll("#tie-parties .party").Select(party => party.GetAttribute("data-region-id")).Should().Equal("KR-41", "CN-SH");
        page.QuerySelector("#status-today")!.GetAttribute("data-status").Should().Be("InForce");
        page.QuerySelector("#status-on-date")!.GetAttribute("data-status").Should().Be("None");
        page.QuerySelectorAll("#history tbody tr").Select(row => (row.GetAttribute("data-event"), row.QuerySelector(".occurred-on")!.TextContent))
            .Should().Equal(("signed", "2025-09-25"));
        page.Text("#sources").Should().Contain("Incheon Ilbo");
        page.Text("#signatories").Should().Contain("Gong Zheng");
        page.Text("#next-anniversary").Should().Be("1st anniversary on 2026-09-25");
        page.Text("#signing-place").Should().Be("Shanghai");
    }

    [Fact]
    public async Task A_tie_known_only_by_a_bound_shows_the_date_as_written_and_no_guessed_anniversary()
    {
        var page = await app.CreateClient().Open("/ties/GG-TJ-MOU?lang=en");

        page.Text("#signed-on").Should().Be("..2025-09-22");
        page.QuerySelector("#history tbody tr .occurred-on")!.TextContent.Should().Be("..2025-09-22");
        page.Text("#next-anniversary").Should().StartWith("not known");
        page.Text("#term").Should().StartWith("no term");
    }

    [Fact]
    public async Task A_tie_the_register_does_not_hold_is_not_found()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/ties/NO-SUCH-TIE", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
