using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// The home page lists what comes up for the home in the next 90 days from the chosen date (anniversaries, every fifth
/// marked; term notices and ends; commitments due), and the commitments already overdue.
/// </summary>
public sealed class HomePageAgenda(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task The_home_page_lists_a_commitment_due_within_ninety_days()
    {
        // Given the seed's promise to take part in Shanghai's trade fair, due in November 2025
        var page = await app.CreateClient().Open("/?date=2025-09-26&lang=en");

        // Then the home page's next 90 days hold it
        page.QuerySelectorAll("#next-dates li[data-kind=CommitmentDue]").Should().ContainSingle()
            .Which.TextContent.Should().Contain("trade fair");
    }

    [Fact]
    public async Task A_commitment_due_in_a_month_is_shown_as_that_whole_month_never_a_guessed_day()
    {
        var page = await app.CreateClient().Open("/?date=2025-09-26&lang=en");

        var entry = page.QuerySelector("#next-dates li[data-kind=CommitmentDue]")!;
        (entry.GetAttribute("data-first"), entry.GetAttribute("data-last")).Should().Be(("2025-11-01", "2025-11-30"));
    }

    [Theory]
    [InlineData("2026-06-26", new[] { "GG-CQ-MOU-2025" })] // the 90th day is 23 September 2026, Chongqing's first anniversary
    [InlineData("2026-06-25", new string[0])]              // a day earlier, it is the 91st day: not yet listed
    [InlineData("2026-06-28", new[] { "GG-CQ-MOU-2025", "GG-SH-MOU-2025" })]
    public async Task An_anniversary_is_listed_when_it_falls_within_the_ninety_days_the_chosen_date_included(string date, string[] ties)
    {
        var page = await app.CreateClient().Open($"/?date={date}&lang=en");

        page.QuerySelectorAll("#next-dates li[data-kind=Anniversary] a")
            .Select(link => link.GetAttribute("href")).Should().Equal(ties.Select(tie => $"/ties/{tie}"));
    }

    [Theory]
    [InlineData("2030-09-01", true)]  // the fifth anniversary
    [InlineData("2029-09-01", false)] // the fourth
    public async Task Every_fifth_anniversary_is_marked_as_a_milestone(string date, bool milestone)
    {
        var page = await app.CreateClient().Open($"/?date={date}&lang=en");

        page.QuerySelectorAll("#next-dates li[data-kind=Anniversary]").Should().NotBeEmpty()
            .And.OnlyContain(entry => entry.ClassList.Contains("milestone") == milestone);
    }

    [Fact]
    public async Task A_commitment_still_open_after_its_due_month_is_listed_as_overdue()
    {
        // Given the trade fair promised for November 2025 and not recorded as kept
        var december = await app.CreateClient().Open("/?date=2025-12-01&lang=en");
        var november = await app.CreateClient().Open("/?date=2025-11-30&lang=en");

        // Then it is overdue from 1 December, and not on its month's last day
        december.QuerySelectorAll("#overdue-commitments li").Select(item => item.GetAttribute("data-commitment")).Should().Equal("GG-2025-CN#3");
        november.QuerySelector("#overdue-commitments").Should().BeNull();
    }

    [Fact]
    public async Task The_Korean_home_page_titles_the_next_ninety_days_in_Korean()
    {
        var page = await app.CreateClient().Open("/?date=2025-09-26&lang=ko");

        page.Text("#agenda h2").Should().Contain("90일");
        page.QuerySelector("#next-dates li[data-kind=CommitmentDue]")!.TextContent.Should().Contain("약속 이행 기한");
    }
}
