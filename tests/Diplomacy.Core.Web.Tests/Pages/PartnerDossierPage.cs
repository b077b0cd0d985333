using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>A partner's page is the home's dossier of it, printable, in the reader's language; a partner outside the register is not found.</summary>
public sealed class PartnerDossierPage(RegisterApp app) : IClassFixture<RegisterApp>
{
    [Fact]
    public async Task Shanghai_s_dossier_holds_its_tie_the_visit_the_commitments_between_them_and_the_gift_given()
    {
        var page = await app.CreateClient().Open("/partners/CN-SH?home=KR-41&date=2025-10-01&lang=en");

        page.QuerySelectorAll("#dossier-ties tr[data-tie-id]").Select(row => row.GetAttribute("data-tie-id")).Should().Equal("GG-SH-MOU-2025");
        page.QuerySelectorAll("#visits a").Select(link => link.GetAttribute("href")).Should().Equal("/delegations/GG-2025-CN");
        page.QuerySelectorAll("#dossier-commitments tr[data-status]").Should().HaveCount(4, "the trip made four commitments between Gyeonggi and Shanghai, owed either way");
        page.QuerySelectorAll("#gifts li").Select(gift => gift.GetAttribute("data-received")).Should().Equal("false");
        page.QuerySelector("#no-leads")!.GetAttribute("data-covered").Should().Be("true", "the MOU in force covers Shanghai");
    }

    [Fact]
    public async Task A_partner_the_home_has_no_tie_with_gets_a_dossier_that_says_it_is_not_covered_and_that_no_lead_was_found()
    {
        var page = await app.CreateClient().Open("/partners/CN-BJ?home=KR-41&date=2025-10-01&lang=en");

        page.QuerySelector("#no-ties").Should().NotBeNull();
        page.QuerySelector("#no-leads")!.GetAttribute("data-covered").Should().Be("false", "the register holds nothing Gyeonggi could build on with Beijing");
    }

    [Fact]
    public async Task The_dossier_reads_in_Korean()
    {
        var page = await app.CreateClient().Open("/partners/CN-SH?home=KR-41&date=2025-10-01&lang=ko");

        page.Text("#page-title").Should().Contain("교류 자료").And.Contain("상하이");
    }

    [Fact]
    public async Task Each_partner_on_the_home_page_links_to_its_dossier()
    {
        var page = await app.CreateClient().Open("/?home=KR-41&lang=en");

        page.QuerySelectorAll("#ties a.partner").Select(link => link.GetAttribute("href")).Should().Contain("/partners/CN-SH?home=KR-41");
    }

    [Theory]
    [InlineData("/partners/XX-NOWHERE?home=KR-41", HttpStatusCode.NotFound)]
    [InlineData("/partners/KR-41?home=KR-41", HttpStatusCode.BadRequest)] // the home is no partner of itself
    [InlineData("/partners/KR?home=KR-41", HttpStatusCode.BadRequest)] // nor is the country it lies in
    public async Task A_partner_outside_the_register_is_not_found_and_the_home_is_no_partner_of_itself(string url, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(status);
    }
}
