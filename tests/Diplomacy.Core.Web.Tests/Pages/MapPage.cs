using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// The map page draws the home's partners with a tie in force on the date, counts them by country, and rings a
/// cohort's members in the colour of the core's coverage outcome; every element's id comes from region keys.
/// </summary>
public sealed class MapPage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Each_partner_with_a_tie_in_force_is_a_point_joined_to_the_home_by_an_arc()
    {
        // Given the seed: on 26 September Gyeonggi's MOUs with Tianjin, Chongqing and Shanghai are in force
        var page = await app.CreateClient().Open("/map?home=KR-41&date=2025-09-26&lang=en");

        page.QuerySelectorAll("svg#tie-map circle.partner").Select(point => point.Id)
            .Should().BeEquivalentTo("partner-KR-41-CN-CQ", "partner-KR-41-CN-SH", "partner-KR-41-CN-TJ");
        page.QuerySelectorAll("svg#tie-map path.arc").Select(arc => arc.Id)
            .Should().BeEquivalentTo("arc-KR-41-CN-CQ", "arc-KR-41-CN-SH", "arc-KR-41-CN-TJ");
        page.QuerySelector("svg#tie-map circle#home-KR-41").Should().NotBeNull();
        page.QuerySelector("svg#tie-map path#country-CN")!.ClassList.Should().Contain("partner-country");
    }

    [Fact]
    public async Task A_tie_not_yet_in_force_on_the_date_puts_no_partner_on_the_map()
    {
        // On 24 September Shanghai's MOU (signed the 25th) is not yet signed
        var page = await app.CreateClient().Open("/map?date=2025-09-24&lang=en");

        page.QuerySelector("#partner-KR-41-CN-SH").Should().BeNull();
        page.QuerySelector("#partner-KR-41-CN-CQ").Should().NotBeNull();
    }

    [Fact]
    public async Task The_table_beside_the_map_counts_the_partners_by_country()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&lang=en");

        var rows = page.QuerySelectorAll("#country-counts tbody tr");
        rows.Select(row => (row.GetAttribute("data-country"), row.QuerySelector(".partner-count")!.TextContent))
            .Should().Equal(("CN", "3"));
        rows[0].QuerySelectorAll(".partner-name").Select(name => name.GetAttribute("data-region-id"))
            .Should().Equal("CN-CQ", "CN-SH", "CN-TJ");
    }

    [Theory]
    [InlineData("2025-09-26", "CN-BJ", "missing")]
    [InlineData("2025-09-26", "CN-SH", "covered")]
    [InlineData("2025-09-21", "CN-TJ", "uncertain")] // Tianjin's MOU is known only as signed on or before the 22nd
    public async Task A_cohort_member_is_ringed_in_the_colour_of_its_coverage_outcome(string date, string member, string outcome)
    {
        var page = await app.CreateClient().Open($"/map?date={date}&cohort=cn-municipalities&lang=en");

        page.QuerySelector($"svg#tie-map circle#member-{member}")!.ClassList.Should().Contain(outcome);
        page.QuerySelector($"#cohort-members li[data-region-id={member}]")!.GetAttribute("data-outcome").Should().Be(outcome);
    }

    [Fact]
    public async Task Without_a_cohort_in_the_request_the_map_rings_the_coverage_pages_default_cohort()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&lang=en");

        page.QuerySelectorAll("svg#tie-map circle.member").Should().HaveCount(4);
        page.Text("#cohort-heading").Should().Contain("3 of 4");
    }

    [Fact]
    public async Task Asking_for_no_cohort_rings_no_member()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&cohort=none&lang=en");

        page.QuerySelectorAll("svg#tie-map circle.member").Should().BeEmpty();
        page.QuerySelector("#cohort-members").Should().BeNull();
    }

    [Fact]
    public async Task A_cohort_that_does_not_exist_is_said_and_the_default_map_is_shown()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&cohort=atlantis&lang=en");

        page.Text("#input-problem").Should().Contain("atlantis");
        page.QuerySelector("svg#tie-map").Should().NotBeNull();
    }

    [Fact]
    public async Task The_map_has_a_title_and_a_description_and_the_table_is_its_text_alternative()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&lang=en");

        var svg = page.QuerySelector("svg#tie-map")!;
        svg.GetAttribute("role").Should().Be("img");
        svg.GetAttribute("aria-labelledby").Should().Be("tie-map-title tie-map-desc");
        svg.QuerySelector("title#tie-map-title")!.TextContent.Should().Contain("Gyeonggi");
        svg.QuerySelector("desc#tie-map-desc")!.TextContent.Should().Contain("3 partners").And.Contain("1 country");
    }

    [Fact]
    public async Task The_Korean_map_reads_in_Korean()
    {
        var page = await app.CreateClient().Open("/map?date=2025-09-26&lang=ko");

        page.DocumentElement.GetAttribute("lang").Should().Be("ko");
        page.Text("#page-title").Should().Contain("경기도").And.Contain("교류 상대");
        page.QuerySelector("svg#tie-map desc")!.TextContent.Should().Contain("3곳");
        page.QuerySelector("#country-counts tbody tr td")!.TextContent.Should().Be("중국");
        page.Text("#cohort-heading").Should().Contain("4곳 중 3곳");
    }

    [Fact]
    public async Task The_navigation_and_the_home_page_lead_to_the_map()
    {
        var home = await app.CreateClient().Open("/?date=2025-09-26&lang=en");

        home.QuerySelector("#nav-map")!.GetAttribute("href").Should().Be("/map");
        home.QuerySelector("#map-link a")!.GetAttribute("href").Should().Be("/map?home=KR-41&date=2025-09-26");
    }
}
