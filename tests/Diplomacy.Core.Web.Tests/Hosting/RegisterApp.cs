using Diplomacy.Core.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// The web register hosted in memory on a <see cref="FactStore"/>, seeded with the story, with a clock that reads
/// 26 September 2025 at noon in Seoul, a configured editor and an API token.
/// </summary>
public sealed class RegisterApp : WebApplicationFactory<Program>
{
    public const string EditorName = "editor";
    public const string EditorPassword = "correct horse battery staple";
    public const string ApiToken = "test-token-0123456789";

    private readonly bool _withEditor;

    public RegisterApp()
        : this(withEditor: true)
    {
    }

    private RegisterApp(bool withEditor)
    {
        _withEditor = withEditor;

        // Outside Development the editor's cookie is Secure: a client keeps and sends it over HTTPS only.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>The store the app commits to.</summary>
    public FactStore Store { get; } = new();

    /// <summary>26 September 2025, 12:00 in Seoul (03:00 UTC).</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2025, 9, 26, 3, 0));

    /// <summary>An app with neither an editor nor a token configured.</summary>
    public static RegisterApp WithoutEditor() => new(withEditor: false);

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient Browser() => BrowserOf(this);

    /// <summary>A browser of this app or of one derived from it (<see cref="WebApplicationFactory{TEntryPoint}.WithWebHostBuilder"/>).</summary>
    public static HttpClient BrowserOf(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = app.ClientOptions.BaseAddress });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (_withEditor)
        {
            builder.UseSetting("Editor:Name", EditorName);
            builder.UseSetting("Editor:Password", EditorPassword);
            builder.UseSetting("Api:Token", ApiToken);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IRegisterStore>();
            services.AddSingleton<IRegisterStore>(Store);
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }
}
