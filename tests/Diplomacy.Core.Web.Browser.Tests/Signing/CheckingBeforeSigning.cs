using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Signing;

/// <summary>An editor checks a sister tie with Shanghai before recording it: the MOU in force and the missing council approval are named, in both languages.</summary>
public sealed class CheckingBeforeSigning(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void An_editor_checking_a_sister_tie_with_Shanghai_sees_the_MOU_in_force_and_the_missing_approval(string language)
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page($"/editor/sign-in?lang={language}"));
        browser.Fill("#editor-name", LiveRegisterApp.EditorName);
        browser.Fill("#editor-password", LiveRegisterApp.EditorPassword);
        browser.ClickThrough("#sign-in");

        browser.ClickThrough("#nav-record-tie");
        browser.Choose("#party-2", "CN-SH");
        browser.Choose("#kind", "SisterCity");
        browser.Fill("#signed-on", "2025-10-01");
        browser.ClickThrough("#check");

        browser.FindElements(By.CssSelector("#signing-warnings li")).Select(item => item.GetAttribute("data-check"))
            .Should().Equal("already-tied", "approval-missing");
        browser.Attribute("#signing-warnings li[data-check='already-tied']", "data-tie-id").Should().Be("GG-SH-MOU-2025");
        chromium.Screenshot($"checks-before-signing-1280-{language}");
    }
}
