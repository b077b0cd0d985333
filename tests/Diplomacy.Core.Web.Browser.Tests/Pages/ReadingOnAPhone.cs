using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Pages;

/// <summary>
/// On a phone 390 px wide the pages stay readable: the page never scrolls sideways, a wide table scrolls inside its own
/// box with its first column in view, and no date breaks across lines.
/// </summary>
public sealed class ReadingOnAPhone(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    private const int Phone = 390;

    [Theory]
    [InlineData("/?date=2025-09-26&lang=en", "home-390-en")]
    [InlineData("/?date=2025-09-26&lang=ko", "home-390-ko")]
    [InlineData("/?date=2025-09-26&lang=ja", "home-390-ja")]
    [InlineData("/?date=2025-09-26&lang=zh-Hans", "home-390-zh-Hans")]
    [InlineData("/coverage?date=2025-09-26&lang=en", "coverage-390-en")]
    [InlineData("/coverage?date=2025-09-26&lang=ko", "coverage-390-ko")]
    [InlineData("/ties/GG-SH-MOU-2025?date=2025-09-26&lang=ko", "tie-390-ko")]
    [InlineData("/delegations/GG-2025-CN?date=2025-12-01&lang=en", "delegation-390-en")]
    public void At_390_px_the_page_never_scrolls_sideways(string page, string screenshot)
    {
        var browser = OnAPhone(page);

        Number(browser, "return document.documentElement.scrollWidth;").Should().BeLessThanOrEqualTo(Phone, "only a table's own box may scroll");
        chromium.Screenshot(screenshot);
    }

    [Fact]
    public void At_390_px_the_ties_table_scrolls_in_its_box_and_keeps_its_first_column_in_view()
    {
        var browser = OnAPhone("/?date=2025-09-26&lang=en");

        var box = browser.FindElement(By.CssSelector(".table-scroll:has(#ties)"));
        box.GetCssValue("overflow-x").Should().Be("auto");
        browser.FindElement(By.CssSelector("#ties tbody td:first-child")).GetCssValue("position").Should().Be("sticky");
        Number(browser, "return document.querySelector('.table-scroll:has(#ties)').getBoundingClientRect().right;").Should().BeLessThanOrEqualTo(Phone);
    }

    [Theory]
    [InlineData("/?date=2025-09-26&lang=en")]
    [InlineData("/coverage?date=2025-09-26&lang=ko")]
    [InlineData("/ties/GG-SH-MOU-2025?date=2025-09-26&lang=en")]
    public void At_390_px_no_date_in_a_heading_or_a_cell_breaks_across_lines(string page)
    {
        var browser = OnAPhone(page);

        var broken = Number(browser, "return [...document.querySelectorAll('.date')].filter(date => date.getClientRects().length > 1).length;");

        broken.Should().Be(0);
        Number(browser, "return document.querySelectorAll('h1 .date, .date').length;").Should().BePositive();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public void At_390_px_no_column_of_the_ties_table_is_squeezed_to_a_character_or_two_a_line(string tag)
    {
        var browser = OnAPhone($"/?date=2025-09-26&lang={tag}");

        // Chinese and Japanese may break between any two characters: a column squeezed to the box's width took one a line.
        var narrowest = Number(browser, """
            return Math.min(...[...document.querySelectorAll('#ties td')].map(cell =>
                Math.floor(cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize))));
            """);

        narrowest.Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void A_Korean_page_breaks_between_words_not_inside_them()
    {
        var browser = OnAPhone("/?date=2025-09-26&lang=ko");

        browser.FindElement(By.CssSelector("#ties tbody td")).GetCssValue("word-break").Should().Be("keep-all");
    }

    private IWebDriver OnAPhone(string page)
    {
        chromium.UseWidth(Phone);
        var browser = chromium.Driver;
        browser.Open(app.Page(page));
        Number(browser, "return window.innerWidth;").Should().Be(Phone);
        return browser;
    }

    private static long Number(IWebDriver browser, string script) =>
        Convert.ToInt64(((IJavaScriptExecutor)browser).ExecuteScript(script), System.Globalization.CultureInfo.InvariantCulture);
}
