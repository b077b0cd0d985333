using Diplomacy.Core.Web.Browser.Tests.Hosting;

namespace Diplomacy.Core.Web.Browser.Tests.Coverage;

/// <summary>An editor signs in through the page, records Gyeonggi's missing tie with Beijing, and the coverage page counts it.</summary>
public sealed class RecordingATie(LiveRegisterApp app, HeadlessChromium chromium)
    : IClassFixture<LiveRegisterApp>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public void An_editor_who_records_a_tie_with_Beijing_sees_the_coverage_reach_4_of_4()
    {
        // Given the coverage on 26 September 2025: 3 of 4, Beijing missing
        var browser = chromium.Driver;
        browser.Open(app.Page("/coverage?lang=en"));
        browser.TypeDate("#date", new LocalDate(2025, 9, 26));
        browser.ClickThrough("#show");
        browser.Text("#coverage-count").Should().Be("3 of 4");
        browser.Attribute("#missing-members li", "data-region-id").Should().Be("CN-BJ");

        // When the editor signs in
        browser.ClickThrough("#nav-sign-in");
        browser.Fill("#editor-name", LiveRegisterApp.EditorName);
        browser.Fill("#editor-password", LiveRegisterApp.EditorPassword);
        chromium.Screenshot("sign-in");
        browser.ClickThrough("#sign-in");
        browser.Text("#signed-in-as").Should().Contain(LiveRegisterApp.EditorName);

        // And records a cooperation MOU between Gyeonggi and Beijing signed that day
        browser.ClickThrough("#nav-record-tie");
        browser.Value("#party-1").Should().Be("KR-41", "the form starts from the home region");
        browser.Choose("#party-2", "CN-BJ");
        browser.Choose("#kind", "CooperationMemorandum");
        browser.Fill("#signed-on", "2025-09-26");
        browser.Fill("#title", "Gyeonggi Province–Beijing Cooperation MOU");
        chromium.Screenshot("record-tie");
        browser.ClickThrough("#record");
        chromium.Screenshot("tie-recorded");

        // Then the coverage of that day is complete, with Beijing covered by the new tie
        browser.ClickThrough("#nav-coverage");
        browser.TypeDate("#date", new LocalDate(2025, 9, 26));
        browser.ClickThrough("#show");
        browser.Text("#coverage-count").Should().Be("4 of 4");
        browser.Text("#covered-members li[data-region-id='CN-BJ'] a.tie").Should().Be("Gyeonggi Province–Beijing Cooperation MOU");
        chromium.Screenshot("coverage-2025-09-26-en-after-beijing");
    }
}
