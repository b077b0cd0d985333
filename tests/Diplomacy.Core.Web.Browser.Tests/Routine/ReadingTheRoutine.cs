using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Routine;

/// <summary>
/// The office's routine reads in a browser, in English and Korean (the home page in Japanese and Chinese too): the home page's next 90 days, the statistics with their
/// bar chart and CSV link, and the leads for the coverage gap, reached from the navigation and the coverage page.
/// </summary>
public sealed class ReadingTheRoutine(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public void The_home_page_shows_the_commitment_due_in_November_as_that_month(string language)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/?date=2025-09-26&lang={language}"));

        browser.Attribute("#next-dates li[data-kind='CommitmentDue']", "data-first").Should().Be("2025-11-01");
        browser.Attribute("#next-dates li[data-kind='CommitmentDue']", "data-last").Should().Be("2025-11-30");
        chromium.Screenshot($"home-agenda-1280-{language}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void The_statistics_page_draws_a_bar_for_each_row_reached_from_the_navigation(string language)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/?lang={language}"));
        browser.ClickThrough("#nav-statistics");
        browser.Open(app.Page($"/statistics?date=2025-09-26&by=Field&lang={language}"));

        var rows = browser.FindElements(By.CssSelector("#statistics-table tbody tr:not(.unassigned)")).Count;
        browser.FindElements(By.CssSelector("#statistics-chart g.bar:not(.unassigned)")).Should().HaveCount(rows);
        browser.Attribute("#statistics-csv", "href").Should().Contain("handler=Csv");
        chromium.Screenshot($"statistics-1280-{language}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void The_coverage_page_leads_to_the_leads_for_its_gap(string language)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/coverage?date=2025-09-24&lang={language}"));

        browser.ClickThrough("#coverage-leads");

        browser.FindElements(By.CssSelector("#leads > li")).Select(member => member.GetDomAttribute("data-region-id")).Should().Equal("CN-BJ", "CN-SH");
        browser.FindElements(By.CssSelector("#leads > li[data-region-id='CN-SH'] .lead")).Should().NotBeEmpty();
        chromium.Screenshot($"leads-1280-{language}");
    }
}
