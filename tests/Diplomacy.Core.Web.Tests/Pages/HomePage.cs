using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>The home page lists a home region's ties with their status on the chosen date, filtered by partner country, kind and field.</summary>
public sealed class HomePage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Gyeonggis_ties_show_their_status_on_the_chosen_date()
    {
        // Given the seed, when the ties are listed on 24 September (before Shanghai's signing on the 25th)
        var page = await app.CreateClient().Open("/?date=2025-09-24&lang=en");

        // Then each tie has the status the core derives for that day
        var statuses = page.QuerySelectorAll("#ties tbody tr")
            .ToDictionary(row => row.GetAttribute("data-tie-id")!, row => row.QuerySelector(".status")!.GetAttribute("data-status"));
        statuses.Should().Equal(new Dictionary<string, string?>
        {
            ["GG-TJ-MOU"] = "InForce",
            ["GG-CQ-MOU-2025"] = "InForce",
            ["GG-SH-MOU-2025"] = "None",
        });
        page.QuerySelectorAll("#delegations a").Select(link => link.GetAttribute("href")).Should().Equal("/delegations/GG-2025-CN?date=2025-09-24");
    }

    [Fact]
    public async Task A_field_filter_keeps_only_the_ties_that_cover_the_field()
    {
        var page = await app.CreateClient().Open("/?date=2025-09-26&field=culture&lang=en");

        page.QuerySelectorAll("#ties tbody tr").Select(row => row.GetAttribute("data-tie-id")).Should().Equal("GG-CQ-MOU-2025", "GG-SH-MOU-2025");
    }

    [Fact]
    public async Task A_kind_no_tie_has_leaves_the_list_empty()
    {
        var page = await app.CreateClient().Open("/?date=2025-09-26&kind=SisterCity&lang=en");

        page.QuerySelector("#ties").Should().BeNull();
        page.QuerySelector("#no-ties").Should().NotBeNull();
    }

    [Fact]
    public async Task A_country_filter_keeps_the_ties_with_partners_in_that_country()
    {
        var china = await app.CreateClient().Open("/?date=2025-09-26&country=CN&lang=en");
        var japan = await app.CreateClient().Open("/?date=2025-09-26&country=JP&lang=en");

        china.QuerySelectorAll("#ties tbody tr").Should().HaveCount(3);
        japan.QuerySelector("#ties").Should().BeNull();
    }

    [Fact]
    public async Task The_Korean_page_names_regions_and_statuses_in_Korean_and_the_choice_is_kept_in_a_cookie()
    {
        // Given a reader who switched to Korean once
        var client = app.Browser();
        var korean = await client.Open("/?date=2025-09-26&lang=ko");

        // When the next page is opened without asking
        var next = await client.Open("/?date=2025-09-26");

        // Then both are in Korean, with the catalog's Korean names
        korean.Text("#page-title").Should().Contain("경기도");
        next.DocumentElement.GetAttribute("lang").Should().Be("ko");
        next.QuerySelector("#ties tbody tr[data-tie-id=GG-SH-MOU-2025] td:nth-child(2)")!.TextContent.Should().Be("상하이시");
        next.QuerySelector("#ties tbody tr[data-tie-id=GG-SH-MOU-2025] .status")!.TextContent.Should().Be("유효");
        next.QuerySelector("#language-en")!.GetAttribute("href").Should().EndWith("lang=en");
    }
}
