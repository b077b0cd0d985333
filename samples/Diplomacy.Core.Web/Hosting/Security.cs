using System.Net;
using System.Threading.RateLimiting;
using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Input;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>
/// How the register holds against abuse: the editor's cookie (Secure outside Development, revoked at sign-out), the
/// sign-in's rate limit and lockout, the request size limits, the proxy it may stand behind (HTTPS redirection, HSTS,
/// forwarded headers), the security headers on every answer, and error pages that are pages for pages and problem
/// details for the API. The host's README states each setting.
/// </summary>
internal static class Security
{
    /// <summary>How many sign-in posts one client may send in <see cref="SignInRateWindow"/>; beyond them, 429.</summary>
    public const int SignInPermits = 10;

    /// <summary>The window of <see cref="SignInPermits"/>.</summary>
    public static readonly TimeSpan SignInRateWindow = TimeSpan.FromMinutes(1);

    /// <summary>The configuration section naming the proxies whose forwarded headers are believed.</summary>
    public const string ProxySection = "ReverseProxy";

    /// <summary>What every answer's <c>Content-Security-Policy</c> allows: the site's own files, nothing inline, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddRegisterSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<EditorSessions>();
        services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/editor/sign-in";
                options.LogoutPath = "/editor/sign-out";
                options.AccessDeniedPath = "/editor/sign-in";
                options.Cookie.Name = "diplomacy-editor";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = secure;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = EditorSessions.Idle.ToTimeSpan();
                options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<EditorSessions>().Validate(context);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorSignIn.Policy, policy => policy.RequireAuthenticatedUser().RequireClaim(EditorSignIn.EditorClaim));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInPermits, Window = SignInRateWindow, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });

        // No body larger than the import's file and its form; the API's writes take far less (ApiToken).
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = Limits.FormBodyBytes);
        services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = Limits.FormBodyBytes;
            options.ValueLengthLimit = Limits.FormValueBytes;
        });

        services.Configure<ForwardedHeadersOptions>(options => ConfigureProxies(options, builder.Configuration.GetSection(ProxySection)));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddHealthChecks().AddCheck<RegisterHealth>("register");
        return builder;
    }

    /// <summary>
    /// The guards that come before everything else: forwarded headers, HTTPS redirection and HSTS outside Development,
    /// the security headers, and error answers (pages for pages, problem details for <c>/api</c>).
    /// </summary>
    public static WebApplication UseRegisterGuards(this WebApplication app)
    {
        var production = !app.Environment.IsDevelopment();
        if (production)
        {
            app.UseForwardedHeaders();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });

        if (production)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseWhen(IsApi, api =>
        {
            if (production)
            {
                api.UseExceptionHandler();
            }

            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (production)
            {
                pages.UseExceptionHandler("/error/500");
            }

            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    /// <summary>The rate limiter, the sign-in, the authorization and the API's token, once the endpoint is known.</summary>
    public static WebApplication UseRegisterSignIn(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<Api.ApiToken>();
        return app;
    }

    /// <summary>
    /// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from the proxies configured in
    /// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR), besides the loopback
    /// default, and only one hop deep.
    /// </summary>
    internal static void ConfigureProxies(ForwardedHeadersOptions options, IConfiguration section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{ProxySection}:KnownProxies holds '{proxy}', which is no IP address."));
        }

        foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{ProxySection}:KnownNetworks holds '{network}', which is no CIDR network (10.0.0.0/8)."));
        }
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/editor/sign-in", StringComparison.OrdinalIgnoreCase);
}
