using System.Globalization;
using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Coverage;

/// <summary>
/// The coverage chart reads on a desktop and on a phone: a legend names its lines, its date labels never overlap, and
/// the count at the chosen date is never cut at the chart's edge.
/// </summary>
public sealed class ReadingTheChart(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData(1280, "en", "coverage-chart-1280-en")]
    [InlineData(1280, "ko", "coverage-chart-1280-ko")]
    [InlineData(390, "en", "coverage-chart-390-en")]
    [InlineData(390, "ko", "coverage-chart-390-ko")]
    public void The_chart_has_a_legend_labels_that_never_overlap_and_the_count_inside_its_edges(int width, string language, string screenshot)
    {
        chromium.UseWidth(width);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/coverage?date=2025-09-26&lang={language}"));

        browser.FindElements(By.CssSelector("#coverage-chart .legend text")).Should().HaveCount(3);
        var labels = browser.FindElements(By.CssSelector("#coverage-chart .date-label")).Select(Box).OrderBy(box => box.Left).ToList();
        labels.Should().NotBeEmpty();
        labels.Zip(labels.Skip(1)).Should().OnlyContain(pair => pair.First.Right <= pair.Second.Left, "no two date labels overlap");
        var chart = Box(browser.FindElement(By.CssSelector("#coverage-chart")));
        var count = Box(browser.FindElement(By.CssSelector("#coverage-chart .selected-count")));
        count.Left.Should().BeGreaterThanOrEqualTo(chart.Left);
        count.Right.Should().BeLessThanOrEqualTo(chart.Right, "the count at the chosen date is not cut at the right edge");
        chromium.Screenshot(screenshot);
    }

    private static (double Left, double Right) Box(IWebElement element)
    {
        var driver = ((IWrapsDriver)element).WrappedDriver;
        var box = (IReadOnlyDictionary<string, object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "const r = arguments[0].getBoundingClientRect(); return { left: r.left, right: r.right };", element)!;
        return (Convert.ToDouble(box["left"], CultureInfo.InvariantCulture), Convert.ToDouble(box["right"], CultureInfo.InvariantCulture));
    }
}
