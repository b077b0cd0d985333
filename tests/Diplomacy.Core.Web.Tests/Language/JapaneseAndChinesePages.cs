using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Language;

/// <summary>
/// A page served in Japanese or Simplified Chinese shows the host's texts in that language and the core's counts as the
/// language writes them (<c>4か所中3か所</c>, <c>4个中的3个</c>).
/// </summary>
public sealed class JapaneseAndChinesePages(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Theory]
    [InlineData("ja", "4か所中3か所", "カバレッジ")]
    [InlineData("zh-Hans", "4个中的3个", "覆盖情况")]
    public async Task The_coverage_page_reads_the_count_and_its_texts_in_the_language(string tag, string count, string navigation)
    {
        var page = await app.CreateClient().Open($"/coverage?date=2025-09-26&lang={tag}");

        page.Text("#coverage-count").Should().Be(count);
        page.Text("#nav-coverage").Should().Be(navigation);
        page.DocumentElement.GetAttribute("lang").Should().Be(tag);
    }

    [Theory]
    [InlineData("ja", "交流状況", "有効", "協力覚書")]
    [InlineData("zh-Hans", "交流概况", "有效", "合作备忘录")]
    public async Task The_home_page_names_statuses_and_kinds_in_the_language(string tag, string navigation, string inForce, string memorandum)
    {
        var page = await app.CreateClient().Open($"/?date=2025-09-26&lang={tag}");

        page.Text("#nav-home").Should().Be(navigation);
        var shanghai = page.QuerySelector("#ties tbody tr[data-tie-id=GG-SH-MOU-2025]")!;
        shanghai.QuerySelector(".status")!.TextContent.Should().Be(inForce);
        shanghai.QuerySelector("td:nth-child(3)")!.TextContent.Trim().Should().Be(memorandum);
    }

    [Theory]
    [InlineData("en", "culture, tourism, science, technology")]
    [InlineData("ko", "문화, 관광, 과학, 기술")]
    [InlineData("ja", "文化、観光、科学、技術")]
    [InlineData("zh-Hans", "文化、旅游、科学、技术")]
    public async Task A_ties_fields_are_listed_with_the_languages_own_separator(string tag, string fields)
    {
        var page = await app.CreateClient().Open($"/?date=2025-09-26&lang={tag}");

        page.QuerySelector("#ties tbody tr[data-tie-id=GG-SH-MOU-2025] td:nth-child(6)")!.TextContent.Trim().Should().Be(fields);
        (await app.CreateClient().Open($"/ties/GG-SH-MOU-2025?lang={tag}")).Text("#tie-fields").Should().Be(fields);
    }

    [Theory]
    [InlineData("ja", "/statistics?date=2025-09-26&by=PartnerCountry", "#nav-statistics", "統計")]
    [InlineData("zh-Hans", "/statistics?date=2025-09-26&by=PartnerCountry", "#nav-statistics", "统计")]
    [InlineData("ja", "/map?home=KR-41&date=2025-09-26", "#nav-map", "地図")]
    [InlineData("zh-Hans", "/map?home=KR-41&date=2025-09-26", "#nav-map", "地图")]
    [InlineData("ja", "/leads?date=2025-09-26", "#nav-leads", "交流拡大の手がかり")]
    [InlineData("zh-Hans", "/leads?date=2025-09-26", "#nav-leads", "交流拓展线索")]
    [InlineData("ja", "/delegations/GG-2025-CN?date=2025-09-26", "#nav-home", "交流状況")]
    [InlineData("zh-Hans", "/ties/GG-SH-MOU-2025?date=2025-09-26", "#nav-home", "交流概况")]
    [InlineData("ja", "/partners/CN-BJ?home=KR-41&date=2025-10-20", "#nav-sign-in", "ログイン")]
    [InlineData("zh-Hans", "/editor/sign-in", "#nav-sign-in", "登录")]
    public async Task Every_page_is_served_in_Japanese_and_Simplified_Chinese(string tag, string url, string selector, string text)
    {
        var page = await app.CreateClient().Open($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={tag}");

        page.Text(selector).Should().Be(text);
    }
}
