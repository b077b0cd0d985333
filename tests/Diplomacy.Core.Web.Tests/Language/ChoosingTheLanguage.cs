using System.Net.Http.Headers;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Language;

/// <summary>
/// A request is answered in the language <c>?lang=</c> asks for (kept in a cookie), else the cookie's, else the
/// browser's Accept-Language by quality, each looked up as RFC 4647 does (<c>ja-JP</c> reads <c>ja</c>; <c>zh</c>,
/// <c>zh-CN</c> and <c>zh-SG</c> read Simplified Chinese; Traditional Chinese is not offered), else English.
/// </summary>
public sealed class ChoosingTheLanguage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("ko", "ko")]
    [InlineData("ja", "ja")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("ZH-hans", "zh-Hans")]
    [InlineData("JA", "ja")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-cn", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("ja-JP", "ja")]
    [InlineData("ko-KR", "ko")]
    public async Task Each_language_is_chosen_by_the_query_in_any_case_and_with_its_regional_tags(string asked, string served)
    {
        var page = await app.CreateClient().Open($"/?date=2025-09-26&lang={asked}");

        page.DocumentElement.GetAttribute("lang").Should().Be(served);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public async Task The_language_asked_for_once_is_kept_in_a_cookie_for_the_next_pages(string tag)
    {
        var client = app.Browser();
        await client.Open($"/?date=2025-09-26&lang={tag}");

        var next = await client.Open("/coverage?date=2025-09-26");

        next.DocumentElement.GetAttribute("lang").Should().Be(tag);
    }

    [Theory]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.8", "ko")]
    [InlineData("ja-JP,ja;q=0.9", "ja")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("fr-FR, ja;q=0.5", "ja")]
    [InlineData("en;q=0.3, zh-Hans-CN;q=0.7", "zh-Hans")]
    [InlineData("ko;q=0, ja;q=0.2", "ja")]
    public async Task Without_a_query_or_cookie_the_browsers_most_wanted_offered_language_is_chosen(string acceptLanguage, string served)
    {
        var page = await OpenAccepting(acceptLanguage);

        page.DocumentElement.GetAttribute("lang").Should().Be(served);
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-HK")]
    [InlineData("zh-Hant")]
    [InlineData("zh-MO")]
    [InlineData("fr-FR, de;q=0.8")]
    [InlineData("*")]
    public async Task Traditional_Chinese_and_languages_not_offered_read_English(string acceptLanguage)
    {
        var page = await OpenAccepting(acceptLanguage);

        page.DocumentElement.GetAttribute("lang").Should().Be("en");
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("fr")]
    [InlineData("not a language")]
    public async Task A_query_for_a_language_not_offered_is_not_kept_and_the_browsers_choice_holds(string asked)
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");

        var page = await client.Open($"/?date=2025-09-26&lang={Uri.EscapeDataString(asked)}");

        page.DocumentElement.GetAttribute("lang").Should().Be("ja");
    }

    [Fact]
    public async Task The_cookie_outranks_the_browsers_language()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ko");
        await client.Open("/?date=2025-09-26&lang=zh-CN");

        var next = await client.Open("/?date=2025-09-26");

        next.DocumentElement.GetAttribute("lang").Should().Be("zh-Hans");
    }

    [Fact]
    public async Task The_switch_lists_every_language_by_its_own_name_keeping_the_page_and_marks_the_current_one()
    {
        var page = await app.CreateClient().Open("/coverage?date=2025-09-26&lang=ja");

        var links = page.QuerySelectorAll("#language-switch a").ToList();
        links.Select(link => (link.TextContent, link.GetAttribute("lang"))).Should().Equal(
            ("English", "en"), ("한국어", "ko"), ("日本語", "ja"), ("简体中文", "zh-Hans"));
        links.Select(link => link.GetAttribute("href")).Should().AllSatisfy(href => href.Should().StartWith("/coverage?date=2025-09-26&lang="));
        page.QuerySelector("#language-switch a[aria-current=true]")!.GetAttribute("lang").Should().Be("ja");
    }

    private async Task<AngleSharp.Dom.IDocument> OpenAccepting(string acceptLanguage)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        foreach (var language in acceptLanguage.Split(',', StringSplitOptions.TrimEntries))
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(language));
        }

        return await client.Open("/?date=2025-09-26");
    }
}
