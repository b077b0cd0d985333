using System.Net;
using Diplomacy.Core.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// Every answer carries the security headers (a CSP without <c>unsafe-inline</c> that forbids framing, <c>nosniff</c>, a
/// referrer policy); pages hold no inline script or style the CSP would block; behind HTTPS the app asks for HSTS, and
/// it believes forwarded headers only from the proxies it is configured with.
/// </summary>
public sealed class SecurityHeaderRules : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/coverage?date=2025-09-26")]
    [InlineData("/editor/sign-in")]
    [InlineData("/site.css")]
    [InlineData("/api/coverage")]
    [InlineData("/api/ties/NOPE")]
    [InlineData("/no/such/page")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health")]
    public async Task Every_answer_carries_the_content_security_policy_nosniff_and_a_referrer_policy(string url)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    [Theory]
    [InlineData("/?date=2025-09-26")]
    [InlineData("/coverage?date=2025-09-26")]
    [InlineData("/ties/GG-TJ-MOU")]
    [InlineData("/delegations/GG-2025-CN")]
    [InlineData("/editor/sign-in")]
    [InlineData("/write/tie")]
    [InlineData("/write/event")]
    [InlineData("/write/import")]
    [InlineData("/no/such/page")]
    public async Task No_page_holds_inline_script_or_style_that_the_policy_would_block(string url)
    {
        var editor = _app.Browser();
        await editor.SignIn();
        var response = await editor.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await Browsing.Read(response);

        page.QuerySelectorAll("[style], style").Should().BeEmpty();
        page.QuerySelectorAll("script:not([src])").Should().BeEmpty();
        page.All.SelectMany(element => element.Attributes).Where(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty("an inline event handler is inline script");
    }

    [Fact]
    public async Task Over_https_the_app_asks_browsers_to_keep_to_https_for_a_year()
    {
        var client = _app.CreateClient(new() { BaseAddress = new Uri("https://register.example") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    [Fact]
    public void Forwarded_headers_are_believed_from_the_configured_proxies_and_networks_only()
    {
        using var behindProxy = _app.WithWebHostBuilder(builder => builder
            .UseSetting("ReverseProxy:KnownProxies:0", "10.1.2.3")
            .UseSetting("ReverseProxy:KnownNetworks:0", "192.168.0.0/16"));

        var options = behindProxy.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        options.KnownProxies.Should().Contain(System.Net.IPAddress.Parse("10.1.2.3"));
        options.KnownIPNetworks.Should().Contain(System.Net.IPNetwork.Parse("192.168.0.0/16"));
        options.ForwardedHeaders.Should().Be(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
    }

    [Fact]
    public void A_proxy_that_is_no_address_stops_the_app_at_start()
    {
        var options = new ForwardedHeadersOptions();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("KnownProxies:0", "proxy.example")]).Build();

        FluentActions.Invoking(() => Security.ConfigureProxies(options, configuration)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Production_logs_at_warning_by_default()
    {
        var configuration = _app.Services.GetRequiredService<IConfiguration>();

        configuration["Logging:LogLevel:Default"].Should().Be("Warning");
    }

    [Fact]
    public async Task A_plain_http_request_in_production_is_sent_to_https_when_an_https_port_is_known()
    {
        using var withPort = _app.WithWebHostBuilder(builder => builder.UseSetting("HTTPS_PORT", "443"));
        var client = withPort.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://register.example") });

        var response = await client.GetAsync(new Uri("/coverage", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().Should().StartWith("https://register.example/coverage");
    }
}
