using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;

namespace Diplomacy.Core.Web.Browser.Tests.Hosting;

/// <summary>
/// The web register as a browser meets it: real Kestrel on a free port of 127.0.0.1, its SQLite file in a fresh
/// folder (seeded with the story at start), an editor configured, and a clock at 26 September 2025, noon in Seoul.
/// </summary>
public class LiveRegisterApp : WebApplicationFactory<Program>
{
    public const string EditorName = "editor";
    public const string EditorPassword = "correct horse battery staple";

    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("diplomacy-web-browser-");

    public LiveRegisterApp()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
    }

    /// <summary>Where the server listens, with the port Kestrel chose.</summary>
    public Uri Address { get; }

    /// <summary>The address of a page of the app.</summary>
    public Uri Page(string pathAndQuery) => new(Address, pathAndQuery);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _dataFolder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Settings beyond the ones every live app has, as configuration keys and values.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Storage:DataFolder", _dataFolder.FullName);
        builder.UseSetting("Editor:Name", EditorName);
        builder.UseSetting("Editor:Password", EditorPassword);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 9, 26, 3, 0)));
        });
    }
}
