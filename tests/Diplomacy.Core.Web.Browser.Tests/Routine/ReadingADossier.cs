using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chromium;

namespace Diplomacy.Core.Web.Browser.Tests.Routine;

/// <summary>
/// A partner's dossier reads in a browser, in both languages: reached from the partner's name on the home page, with
/// the ties, the visits and the gifts, and printed without the page's header and its form.
/// </summary>
public sealed class ReadingADossier(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void The_dossier_of_a_partner_is_reached_from_its_name_on_the_home_page_and_prints_without_the_header_and_the_form(string language)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/?date=2025-09-26&lang={language}"));
        browser.ClickThrough("a.partner[href^='/partners/CN-SH']");
        browser.Url.Should().Contain("/partners/CN-SH");
        browser.Open(app.Page($"/partners/CN-SH?home=KR-41&date=2025-09-26&lang={language}"));

        browser.FindElements(By.CssSelector("#dossier-ties tr[data-tie-id]")).Should().NotBeEmpty();
        browser.FindElements(By.CssSelector("#visits > li")).Should().NotBeEmpty();
        chromium.Screenshot($"dossier-1280-{language}");

        Media(browser, "print");
        try
        {
            browser.FindElement(By.CssSelector("header")).Displayed.Should().BeFalse();
            browser.FindElement(By.CssSelector("#dossier-form")).Displayed.Should().BeFalse();
            browser.FindElement(By.CssSelector("#dossier-ties")).Displayed.Should().BeTrue();
        }
        finally
        {
            Media(browser, string.Empty);
        }
    }

    private static void Media(IWebDriver browser, string media) =>
        ((ChromiumDriver)browser).ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = media });
}
