using System.Net;
using System.Text;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// The statistics page shows one of the core's tables of a home's ties on a date, as a table and a bar chart, and
/// downloads the same table as the core writes it in CSV.
/// </summary>
public sealed class StatisticsPage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Gyeonggis_three_ties_with_China_are_counted_under_China()
    {
        var page = await app.CreateClient().Open("/statistics?date=2025-09-26&by=PartnerCountry&lang=en");

        Rows(page).Should().Equal(("CN", 3), (string.Empty, 0));
        page.QuerySelector("#statistics-headline")!.GetAttribute("data-ties").Should().Be("3");
    }

    [Fact]
    public async Task A_tie_not_yet_signed_on_the_date_is_not_counted()
    {
        // Shanghai's MOU was signed on 25 September.
        var page = await app.CreateClient().Open("/statistics?date=2025-09-24&by=PartnerDivision&lang=en");

        Rows(page).Select(row => row.Key).Should().NotContain("CN-SH");
    }

    [Fact]
    public async Task The_chart_draws_a_bar_for_every_row_of_the_table_with_its_count()
    {
        var page = await app.CreateClient().Open("/statistics?date=2025-09-26&by=Field&lang=en");

        var bars = page.QuerySelectorAll("#statistics-chart g.bar:not(.unassigned)").Select(bar => int.Parse(bar.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
        bars.Should().Equal(Rows(page).Where(row => row.Key.Length > 0).Select(row => row.Count));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_statistics_csv_holds_the_table_shown(string language)
    {
        var client = app.CreateClient();
        var page = await client.Open($"/statistics?date=2025-09-26&by=Field&lang={language}");

        var response = await client.GetAsync(new Uri(page.QuerySelector("#statistics-csv")!.GetAttribute("href")!, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').TrimEnd('\r', '\n').Split("\r\n");
        lines[0].Should().Be("grouping,key,label,ties");
        var table = page.QuerySelectorAll("#statistics-table tbody tr")
            .Select(row => $"Field,{row.GetAttribute("data-key")},{row.Children[0].TextContent},{row.Children[2].TextContent}");
        lines.Skip(1).Should().Equal(table);
    }

    [Fact]
    public async Task A_country_as_home_counts_the_ties_of_every_government_inside_it()
    {
        var page = await app.CreateClient().Open("/statistics?home=KR&date=2025-09-26&by=HomeDivision&lang=en");

        Rows(page).Should().Equal(("KR-41", 3), (string.Empty, 0));
        page.QuerySelector("#statistics-national").Should().NotBeNull();
    }

    [Fact]
    public async Task A_grouping_the_statistics_on_a_date_do_not_have_is_reported_and_the_csv_is_refused()
    {
        var page = await app.CreateClient().Open("/statistics?date=2025-09-26&by=Ending&lang=en");
        var csv = await app.CreateClient().GetAsync(new Uri("/statistics?handler=Csv&date=2025-09-26&by=Ending", UriKind.Relative), TestContext.Current.CancellationToken);

        page.QuerySelector("#input-problem").Should().NotBeNull();
        csv.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static List<(string Key, int Count)> Rows(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#statistics-table tbody tr")
            .Select(row => (row.GetAttribute("data-key")!, int.Parse(row.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture)))];
}
