using Diplomacy.Core.Web.Browser.Tests.Hosting;

namespace Diplomacy.Core.Web.Browser.Tests.Coverage;

/// <summary>A reader in a browser picks the date in the coverage page's form and switches the language, and reads the count of each.</summary>
public sealed class ReadingTheCoverage(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData(2025, 9, 24, "2 of 4")] // Tianjin's and Chongqing's: Shanghai's MOU is signed the next day
    [InlineData(2025, 9, 26, "3 of 4")]
    public void The_count_follows_the_date_typed_into_the_form(int year, int month, int day, string expected)
    {
        // Given the coverage page of the seed story, in English
        var browser = chromium.Driver;
        browser.Open(app.Page("/coverage?lang=en"));
        var date = new LocalDate(year, month, day);

        // When the reader types the date and asks to be shown it
        browser.TypeDate("#date", date);
        browser.Value("#date").Should().Be($"{date:uuuu-MM-dd}", "the form sends what the reader typed");
        browser.ClickThrough("#show");

        // Then the count is the core's for that date
        browser.Text("#coverage-count").Should().Be(expected);
        chromium.Screenshot($"coverage-{date:uuuu-MM-dd}-en");
    }

    [Fact]
    public void The_language_switch_keeps_the_date_and_reads_the_count_in_Korean()
    {
        // Given the English coverage page on 26 September 2025, reached through the form
        var browser = chromium.Driver;
        browser.Open(app.Page("/coverage?lang=en"));
        browser.TypeDate("#date", new LocalDate(2025, 9, 26));
        browser.ClickThrough("#show");

        // When the reader switches to Korean
        browser.ClickThrough("#language-ko");

        // Then the same date is counted in Korean, and the page says it is Korean
        browser.Value("#date").Should().Be("2025-09-26");
        browser.Text("#coverage-count").Should().Be("4곳 중 3곳");
        browser.Attribute("html", "lang").Should().Be("ko");
        browser.Text("#page-title").Should().Contain("경기도");
        chromium.Screenshot("coverage-2025-09-26-ko");
    }
}
