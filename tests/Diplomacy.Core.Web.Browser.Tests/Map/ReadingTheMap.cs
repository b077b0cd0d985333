using System.Globalization;
using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Map;

/// <summary>
/// The map of a home's ties reads in a browser in both languages: every partner's point lies inside the drawn map, and
/// the table beside it counts them.
/// </summary>
public sealed class ReadingTheMap(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData("en", "map-1280-en")]
    [InlineData("ko", "map-1280-ko")]
    public void Every_partner_is_drawn_inside_the_map_and_the_table_counts_them(string language, string screenshot)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/map?home=KR-41&date=2025-09-26&cohort=cn-municipalities&lang={language}"));

        var map = Box(browser.FindElement(By.CssSelector("svg#tie-map")));
        var partners = browser.FindElements(By.CssSelector("svg#tie-map circle.partner")).Select(Box).ToList();
        partners.Should().HaveCount(3);
        partners.Should().OnlyContain(point => point.Left >= map.Left && point.Right <= map.Right && point.Top >= map.Top && point.Bottom <= map.Bottom);
        browser.Text("#country-counts tbody .partner-count").Should().Be("3");
        browser.FindElements(By.CssSelector("svg#tie-map circle.member.missing")).Should().ContainSingle();
        chromium.Screenshot(screenshot);
    }

    private static (double Left, double Right, double Top, double Bottom) Box(IWebElement element)
    {
        var driver = ((IWrapsDriver)element).WrappedDriver;
        var box = (IReadOnlyDictionary<string, object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "const r = arguments[0].getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };", element)!;
        double Read(string side) => Convert.ToDouble(box[side], CultureInfo.InvariantCulture);
        return (Read("left"), Read("right"), Read("top"), Read("bottom"));
    }
}
