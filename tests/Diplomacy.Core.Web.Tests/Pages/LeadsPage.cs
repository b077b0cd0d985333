using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>The leads page lists, for each cohort member a home's ties do not surely cover, the leads the core finds; the coverage page links to it.</summary>
public sealed class LeadsPage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Only_the_members_not_covered_are_listed()
    {
        var page = await app.CreateClient().Open("/leads?date=2025-09-26&lang=en");

        page.QuerySelectorAll("#leads > li").Select(member => member.GetAttribute("data-region-id")).Should().Equal("CN-BJ");
    }

    [Fact]
    public async Task A_member_visited_on_the_trip_before_its_signing_has_the_visit_as_a_lead()
    {
        // On 24 September the delegation is in Shanghai; the MOU is signed the next day.
        var page = await app.CreateClient().Open("/leads?date=2025-09-24&lang=en");

        page.QuerySelectorAll("#leads > li[data-region-id=CN-SH] .lead")
            .Select(lead => (lead.GetAttribute("data-kind"), lead.GetAttribute("data-evidence")))
            .Should().Contain(("RecentVisit", "GG-2025-CN"));
    }

    [Fact]
    public async Task The_coverage_page_links_to_the_leads_for_its_gap()
    {
        var coverage = await app.CreateClient().Open("/coverage?date=2025-09-26&cohort=cn-municipalities&lang=en");

        coverage.QuerySelector("#coverage-leads")!.GetAttribute("href").Should().Be("/leads?home=KR-41&cohort=cn-municipalities&date=2025-09-26");
    }

    [Fact]
    public async Task A_cohort_key_that_names_no_cohort_is_reported()
    {
        var page = await app.CreateClient().Open("/leads?cohort=atlantis&lang=en");

        page.QuerySelector("#input-problem").Should().NotBeNull();
    }
}
