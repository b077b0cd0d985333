using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// A page request that fails is answered with an HTML page saying what went wrong (404, 500), never raw JSON; an API
/// request with problem details; and <c>/health</c> says whether the register and its store answer.
/// </summary>
public sealed class ErrorAnswers : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/ties/NOPE")]
    [InlineData("/delegations/NOPE")]
    public async Task A_page_that_does_not_exist_is_an_html_404_page(string url)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await Browsing.Read(response)).QuerySelector("#error")!.GetAttribute("data-status").Should().Be("404");
    }

    [Fact]
    public async Task A_page_that_fails_is_an_html_500_page_and_the_api_a_500_problem()
    {
        using var broken = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new BrokenClock())));
        var client = broken.CreateClient();

        var page = await client.GetAsync(new Uri("/coverage", UriKind.Relative), TestContext.Current.CancellationToken);
        var api = await client.GetAsync(new Uri("/api/coverage", UriKind.Relative), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await Browsing.Read(page)).QuerySelector("#error")!.GetAttribute("data-status").Should().Be("500");
        api.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_not_a_page()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/api/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task The_health_endpoint_says_healthy_when_the_register_and_its_store_answer()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }

    private sealed class BrokenClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("The clock is broken.");
    }
}
