using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;

namespace Diplomacy.Core.Web.Browser.Tests.Routine;

/// <summary>
/// An editor records a delegation through the form, with a second stop added without script, then marks its
/// commitment kept from the delegation page.
/// </summary>
public sealed class RecordingADelegation(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public void An_editor_records_a_visit_to_Beijing_and_Tianjin_and_marks_its_commitment_kept()
    {
        chromium.UseWidth(1280);
        var browser = chromium.Driver;
        browser.Open(app.Page("/editor/sign-in?lang=en"));
        browser.Fill("#editor-name", LiveRegisterApp.EditorName);
        browser.Fill("#editor-password", LiveRegisterApp.EditorPassword);
        browser.ClickThrough("#sign-in");

        // Given the form with its one stop
        browser.ClickThrough("#nav-record-delegation");
        browser.Fill("#delegation-id", "GG-2025-BJ");
        browser.Fill("#purpose", "Cooperation with Beijing and Tianjin");
        SetValue(browser, "#starts", "2025-10-10T09:00");
        SetValue(browser, "#ends", "2025-10-14T20:00");
        browser.Fill("#head-name", "Kim Dong-yeon");
        browser.Fill("#head-title", "Governor");
        browser.Choose("#stop-0-place", "CN-BJ");
        SetValue(browser, "#stop-0-arrival", "2025-10-10T12:00");
        SetValue(browser, "#stop-0-departure", "2025-10-12T16:00");

        // When the editor adds a second stop, the first is kept
        browser.ClickThrough("#add-stop");
        browser.Value("#stop-0-place").Should().Be("CN-BJ");
        browser.Choose("#stop-1-place", "CN-TJ");
        SetValue(browser, "#stop-1-arrival", "2025-10-12T18:00");
        SetValue(browser, "#stop-1-departure", "2025-10-14T12:00");
        browser.Choose("#engagement-0-kind", "Meeting");
        browser.Choose("#engagement-0-place", "CN-BJ");
        SetValue(browser, "#engagement-0-at", "2025-10-11T10:00");
        browser.Fill("#engagement-0-name", "Yin Yong");
        browser.Fill("#engagement-0-title", "Mayor");
        browser.Choose("#gift-0-place", "CN-BJ");
        SetValue(browser, "#gift-0-at", "2025-10-11T11:00");
        browser.Fill("#gift-0-item", "Celadon vase");
        browser.Fill("#gift-0-recipient", "Mayor Yin Yong");
        browser.Choose("#commitment-0-owed-by", "KR-41");
        browser.Choose("#commitment-0-owed-to", "CN-BJ");
        browser.Fill("#commitment-0-what", "Send the mayor an invitation to visit Gyeonggi");
        browser.Fill("#commitment-0-due", "2025-12");
        chromium.Screenshot("record-delegation-1280-en");
        browser.ClickThrough("#record");

        // Then the delegation's page shows both stops and the open commitment with its form
        browser.FindElements(By.CssSelector("#commitments tbody tr")).Should().ContainSingle();
        var form = browser.FindElement(By.CssSelector("form.settle-commitment"));
        SetValue(browser, "form.settle-commitment input[type='date']", "2025-11-20");
        form.FindElement(By.CssSelector("option[value='Done']")).Click();
        browser.ClickThrough("form.settle-commitment button");
        browser.Open(app.Page("/delegations/GG-2025-BJ?date=2025-12-01&lang=ko"));
        browser.Attribute("#commitments tbody tr", "data-overdue").Should().Be("false");
        browser.FindElements(By.CssSelector("form.settle-commitment")).Should().BeEmpty("the commitment is kept");
        chromium.Screenshot("delegation-recorded-1280-ko");
    }

    /// <summary>Sets a date or date-and-time field as its picker would: typing into one depends on the browser's locale.</summary>
    private static void SetValue(IWebDriver browser, string selector, string value) =>
        ((IJavaScriptExecutor)browser).ExecuteScript("arguments[0].value = arguments[1];", browser.FindElement(By.CssSelector(selector)), value);
}
