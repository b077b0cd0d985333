using Diplomacy.Core.Web.Browser.Tests.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Diplomacy.Core.Web.Browser.Tests.Pages;

/// <summary>
/// Past the listed size a chooser is a search field: as the reader types part of a name, the page's script offers the
/// regions that have it, each a key with its name, and the key chosen is what the form sends.
/// </summary>
public sealed class SearchingForARegion(SearchingForARegion.LargeRegister app, HeadlessChromium chromium)
    : IClassFixture<SearchingForARegion.LargeRegister>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public void Typing_part_of_a_name_offers_the_regions_that_have_it_and_the_key_chosen_opens_their_coverage()
    {
        // Given the coverage page of a register past the listed size, in English
        var browser = chromium.Driver;
        browser.Open(app.Page("/coverage?lang=en"));

        // When the reader types the start of Tianjin's name into the home's field
        browser.Fill("#home", "Tianj");

        // Then the field offers Tianjin by its key and name, and choosing it shows Tianjin's coverage
        var offered = new WebDriverWait(browser, TimeSpan.FromSeconds(10))
            .Until(driver => driver.FindElements(By.CssSelector("#home-suggestions option")) is { Count: > 0 } options ? options : null);
        offered.Select(option => (option.GetDomProperty("value"), option.GetDomProperty("label"))).Should().Equal(("CN-TJ", "Tianjin (CN-TJ)"));
        browser.Fill("#home", "CN-TJ");
        browser.ClickThrough("#show");
        browser.Text("#page-title").Should().Contain("Tianjin");
    }

    /// <summary>The live register with a listed size of 2, below the seed's 7 regions and 3 ties.</summary>
    public sealed class LargeRegister : LiveRegisterApp
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Choices:ListedUpTo", "2")];
    }
}
