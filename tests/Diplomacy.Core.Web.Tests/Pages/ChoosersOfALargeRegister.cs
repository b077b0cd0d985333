using System.Net;
using System.Net.Http.Json;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// A chooser of regions or ties lists every one while the register holds at most <c>Choices:ListedUpTo</c> of them;
/// past that it is a search field that holds the key chosen and lists nothing, so that a large register's pages stay
/// light, and its suggestions come from <c>/api/regions</c> and <c>/api/ties</c> in the reader's language.
/// </summary>
public sealed class ChoosersOfALargeRegister : IAsyncLifetime
{
    private readonly RegisterApp _app = new();
    private WebApplicationFactory<Program> _large = null!;

    public ValueTask InitializeAsync()
    {
        // The seed holds 7 regions and 3 ties: a limit of 2 makes every chooser a search field.
        _large = _app.WithWebHostBuilder(builder => builder.UseSetting("Choices:ListedUpTo", "2"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _large.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task While_the_register_holds_few_regions_the_home_chooser_lists_every_one()
    {
        var page = await _app.CreateClient().Open("/?lang=en");

        page.QuerySelectorAll("select#home option").Select(option => option.GetAttribute("value"))
            .Should().Equal("KR", "CN", "KR-41", "CN-BJ", "CN-TJ", "CN-SH", "CN-CQ");
        page.QuerySelector("select#home option[selected]")!.GetAttribute("value").Should().Be("KR-41");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/coverage")]
    [InlineData("/leads")]
    [InlineData("/map")]
    [InlineData("/statistics")]
    public async Task Past_the_listed_size_the_home_chooser_is_a_search_field_holding_the_homes_key_and_listing_nothing(string path)
    {
        var page = await _large.CreateClient().Open($"{path}?home=KR-41&lang=en");

        var home = page.QuerySelector("input#home")!;
        home.GetAttribute("value").Should().Be("KR-41");
        home.GetAttribute("data-suggest").Should().Be("/api/regions");
        home.GetAttribute("placeholder").Should().Be("Type a name or a key");
        page.QuerySelector($"datalist#{home.GetAttribute("list")}")!.Children.Should().BeEmpty();
        page.QuerySelectorAll("option[value='CN-TJ']").Should().BeEmpty("no chooser lists the register's regions");
    }

    [Fact]
    public async Task Past_the_listed_size_the_write_forms_search_regions_and_ties_and_a_tie_is_recorded_from_typed_keys()
    {
        var editor = await SignedInEditor();

        var eventForm = await editor.Open("/write/event?lang=en");
        eventForm.QuerySelector("input#event-tie")!.GetAttribute("data-suggest").Should().Be("/api/ties");
        eventForm.QuerySelector("input#terminated-by")!.GetAttribute("data-suggest").Should().Be("/api/regions");
        var delegationForm = await editor.Open("/write/delegation?lang=en");
        delegationForm.QuerySelectorAll("select option[value='CN-TJ']").Should().BeEmpty("no row of the itinerary lists the regions");
        delegationForm.QuerySelector("input#stop-0-place")!.GetAttribute("data-suggest").Should().Be("/api/regions");

        var tieForm = await editor.Open("/write/tie?lang=en");
        var response = await editor.Submit(
            tieForm,
            "/write/tie",
            ("Input.Parties", "KR-41"),
            ("Input.Parties", "CN-BJ"),
            ("Input.Kind", "CooperationMemorandum"),
            ("Input.SignedOn", "2025-10-01"),
            ("Input.Id", "GG-BJ-MOU-2025"));

        tieForm.QuerySelector("input#party-2")!.GetAttribute("data-suggest").Should().Be("/api/regions");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        _app.Store.Agreement("GG-BJ-MOU-2025").Should().NotBeNull();
    }

    [Fact]
    public async Task A_name_typed_where_a_key_belongs_is_refused_with_the_keys_of_the_regions_so_named()
    {
        var editor = await SignedInEditor();
        var commits = _app.Store.Commits;

        var tieForm = await editor.Open("/write/tie?lang=en");
        var response = await editor.Submit(
            tieForm, "/write/tie", ("Input.Parties", "KR-41"), ("Input.Parties", "beijing"), ("Input.Kind", "CooperationMemorandum"), ("Input.SignedOn", "2025-10-01"));

        (await Browsing.Read(response)).Text("#refusal-message").Should().Be("The register holds no region 'beijing'. Give a key: 'beijing' names CN-BJ.");
        _app.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task The_search_fields_suggestions_name_regions_in_the_readers_language_and_ties_by_title()
    {
        var client = _large.CreateClient();

        var regions = await client.GetFromJsonAsync<Choice[]>("/api/regions?q=tianjin&lang=ko", TestContext.Current.CancellationToken);
        var ties = await client.GetFromJsonAsync<Choice[]>("/api/ties?q=GG-&count=2", TestContext.Current.CancellationToken);

        regions.Should().Equal(new Choice("CN-TJ", $"{Catalog.Region("CN-TJ").Names.In("ko")} (CN-TJ)"));
        ties.Should().Equal(
            new Choice("GG-CQ-MOU-2025", "Gyeonggi Province–Chongqing Friendly Cooperation MOU"),
            new Choice("GG-SH-MOU-2025", "Gyeonggi Province–Shanghai Friendly Cooperation MOU"));
    }

    [Theory]
    [InlineData("/api/regions", "q")]
    [InlineData("/api/ties?q=GG&count=100", "count")]
    public async Task A_suggestion_asked_without_a_text_or_for_too_many_is_a_400_naming_the_field(string url, string field)
    {
        var response = await _large.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiCalls.FieldOf(response)).Should().Be(field);
    }

    private async Task<HttpClient> SignedInEditor()
    {
        var editor = RegisterApp.BrowserOf(_large);
        await editor.SignIn();
        return editor;
    }
}
