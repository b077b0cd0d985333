using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>The coverage page reads the core's count for the cohort on the chosen date, names every member, and charts it over time.</summary>
public sealed class CoveragePage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Theory]
    [InlineData("2025-09-24", "2 of 4")] // Tianjin's (on or before 22 September) and Chongqing's
    [InlineData("2025-09-25", "3 of 4")] // the day Shanghai's MOU is signed counts
    [InlineData("2025-09-26", "3 of 4")]
    public async Task The_page_reads_the_coverage_of_Chinas_municipalities_on_the_chosen_date(string date, string expected)
    {
        // Given the seed story
        // When a reader asks for the coverage on a date
        var page = await app.CreateClient().Open($"/coverage?date={date}&lang=en");

        // Then the count reads as the core counts it
        page.Text("#coverage-count").Should().Be(expected);
    }

    [Fact]
    public async Task Without_a_date_the_page_reads_the_coverage_today_in_the_home_regions_zone()
    {
        // Given a clock at 26 September 2025 in Seoul
        // When the page is opened with no date
        var page = await app.CreateClient().Open("/coverage?lang=en");

        // Then it is the coverage of that day
        page.QuerySelector("#date")!.GetAttribute("value").Should().Be("2025-09-26");
        page.Text("#coverage-count").Should().Be("3 of 4");
    }

    [Fact]
    public async Task The_Korean_page_reads_the_count_in_Korean()
    {
        var page = await app.CreateClient().Open("/coverage?date=2025-09-26&lang=ko");

        page.Text("#coverage-count").Should().Be("4곳 중 3곳");
        page.DocumentElement.GetAttribute("lang").Should().Be("ko");
        page.Text("#page-title").Should().Contain("경기도");
    }

    [Fact]
    public async Task Covered_members_show_the_ties_behind_them_and_Beijing_is_missing()
    {
        var page = await app.CreateClient().Open("/coverage?date=2025-09-26&lang=en");

        page.QuerySelectorAll("#covered-members li").Select(item => item.GetAttribute("data-region-id"))
            .Should().Equal("CN-TJ", "CN-SH", "CN-CQ");
        page.QuerySelector("#covered-members li[data-region-id=CN-SH] a.tie")!.GetAttribute("href")
            .Should().StartWith("/ties/GG-SH-MOU-2025");
        page.QuerySelectorAll("#missing-members li").Select(item => item.GetAttribute("data-region-id")).Should().Equal("CN-BJ");
    }

    [Fact]
    public async Task Before_Tianjins_latest_possible_signing_day_its_member_is_uncertain()
    {
        // Tianjin's MOU is known only as signed on or before 22 September: on the 21st it may or may not be signed.
        var page = await app.CreateClient().Open("/coverage?date=2025-09-21&lang=en");

        page.Text("#coverage-count").Should().Be("0 of 4 (1 uncertain)");
        page.QuerySelectorAll("#uncertain-members li").Select(item => item.GetAttribute("data-region-id")).Should().Equal("CN-TJ");
    }

    [Fact]
    public async Task The_coverage_over_time_is_drawn_as_an_svg_step_line_and_its_table_lists_every_change()
    {
        var page = await app.CreateClient().Open("/coverage?date=2025-09-26&lang=en");

        var chart = page.QuerySelector("svg#coverage-chart");
        chart.Should().NotBeNull();
        chart!.QuerySelector("path.covered-line")!.GetAttribute("d").Should().StartWith("M").And.Contain("H").And.Contain("V");
        // The 23rd is a day after the 22nd: too close on this axis to be labelled without overlapping it.
        chart.QuerySelectorAll("text.date-label").Select(label => label.TextContent).Should().Equal("09-22", "09-25");
        chart.QuerySelectorAll(".legend text").Select(label => label.TextContent).Should().Equal("Covered", "Covered or uncertain", "Chosen date");
        page.QuerySelectorAll("#coverage-steps tbody tr").Select(row => row.Children[1].TextContent)
            .Should().Equal("0 of 4 (1 uncertain)", "1 of 4", "2 of 4", "3 of 4");
    }

    [Fact]
    public async Task Another_cohort_is_counted_from_the_catalog()
    {
        var page = await app.CreateClient().Open("/coverage?date=2025-09-26&cohort=divisions-CN&lang=en");

        page.Text("#coverage-count").Should().Be("3 of 34");
    }

    [Fact]
    public async Task An_unreadable_date_is_said_and_today_is_shown_instead()
    {
        var page = await app.CreateClient().Open("/coverage?date=26.09.2025&lang=en");

        page.Text("#input-problem").Should().Contain("26.09.2025");
        page.Text("#coverage-count").Should().Be("3 of 4");
    }
}
