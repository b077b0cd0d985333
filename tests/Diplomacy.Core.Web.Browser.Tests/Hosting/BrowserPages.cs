using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Diplomacy.Core.Web.Browser.Tests.Hosting;

/// <summary>What a person does on a page, by the elements' ids: type, choose, click, and wait for the next page.</summary>
public static class BrowserPages
{
    private static readonly TimeSpan NextPageWithin = TimeSpan.FromSeconds(30);

    public static void Open(this IWebDriver browser, Uri page) => browser.Navigate().GoToUrl(page);

    public static string Text(this IWebDriver browser, string selector) => browser.FindElement(By.CssSelector(selector)).Text.Trim();

    public static string? Attribute(this IWebDriver browser, string selector, string name) =>
        browser.FindElement(By.CssSelector(selector)).GetDomAttribute(name);

    /// <summary>The value a field holds now, as the form would send it.</summary>
    public static string Value(this IWebDriver browser, string selector) =>
        browser.FindElement(By.CssSelector(selector)).GetDomProperty("value") ?? string.Empty;

    /// <summary>Types a date into a date field as a person does in an en-US browser: month, day, year, digit by digit.</summary>
    public static void TypeDate(this IWebDriver browser, string selector, LocalDate date) =>
        browser.FindElement(By.CssSelector(selector)).SendKeys(date.ToString("MMddyyyy", CultureInfo.InvariantCulture));

    public static void Fill(this IWebDriver browser, string selector, string text)
    {
        var field = browser.FindElement(By.CssSelector(selector));
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Picks the option of a list whose value is <paramref name="value"/>, by clicking it.</summary>
    public static void Choose(this IWebDriver browser, string selector, string value) =>
        browser.FindElement(By.CssSelector($"{selector} option[value='{value}']")).Click();

    /// <summary>Clicks a button or a link and waits until the browser shows the page it leads to.</summary>
    public static void ClickThrough(this IWebDriver browser, string selector)
    {
        var page = browser.FindElement(By.TagName("html"));
        browser.FindElement(By.CssSelector(selector)).Click();
        new WebDriverWait(browser, NextPageWithin).Until(_ => IsGone(page) && IsLoaded(browser));
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }

    private static bool IsLoaded(IWebDriver browser) =>
        Equals(((IJavaScriptExecutor)browser).ExecuteScript("return document.readyState;"), "complete");
}
