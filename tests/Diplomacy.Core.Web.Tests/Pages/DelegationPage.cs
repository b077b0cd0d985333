using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>A delegation's page shows the itinerary in each stop's local time, the engagements, and the commitments with overdue ones marked.</summary>
public sealed class DelegationPage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Each_stop_and_engagement_is_shown_in_the_stops_own_local_time()
    {
        var page = await app.CreateClient().Open("/delegations/GG-2025-CN?lang=en");

        var stops = page.QuerySelectorAll("#itinerary .stop");
        stops.Select(stop => stop.GetAttribute("data-region-id")).Should().Equal("CN-CQ", "CN-SH");
        stops[0].QuerySelector(".arrival")!.TextContent.Should().Be("2025-09-22 13:00 (Asia/Shanghai, +08:00)");
        page.Text("#starts").Should().Be("2025-09-22 09:00 (Asia/Seoul, +09:00)");
        stops[1].QuerySelectorAll("tr[data-engagement]").Select(row => row.GetAttribute("data-engagement"))
            .Should().Equal("site-visit", "meeting", "signing", "gift");
        stops[1].QuerySelector("tr[data-engagement=signing] a")!.GetAttribute("href").Should().Be("/ties/GG-SH-MOU-2025");
    }

    [Theory]
    [InlineData("2025-11-30", false)] // the trade fair is due in November 2025: still within the month
    [InlineData("2025-12-01", true)]
    public async Task The_trade_fair_commitment_is_marked_overdue_only_after_its_month(string date, bool overdue)
    {
        var page = await app.CreateClient().Open($"/delegations/GG-2025-CN?date={date}&lang=en");

        page.QuerySelector("#commitments tr[data-commitment='3']")!.GetAttribute("data-overdue").Should().Be(overdue ? "true" : "false");
        page.QuerySelectorAll("#commitments tr[data-overdue=true]").Should().HaveCount(overdue ? 1 : 0, "a commitment with no due day is never overdue");
    }
}
