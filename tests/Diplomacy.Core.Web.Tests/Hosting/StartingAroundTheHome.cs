using System.Net;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// The app serves its home's first page from the home's part of a SQLite store while the rest is read; every other
/// page waits for the whole register, and the health endpoint says the register is still being read.
/// </summary>
public sealed class StartingAroundTheHome : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("diplomacy-web-start-").FullName;
    private readonly ManualResetEventSlim _restMayBeRead = new();
    private readonly RegisterApp _app = new();

    public ValueTask InitializeAsync()
    {
        using (RegisterHost.Open(Store(), SeedRegister.Build))
        {
            // The seed is stored; the app starts on what the database holds.
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _restMayBeRead.Set();
        await _app.DisposeAsync();
        _restMayBeRead.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_home_page_answers_while_the_rest_is_read_other_pages_wait_and_health_says_degraded_until_the_whole_is_served()
    {
        var cancel = TestContext.Current.CancellationToken;
        // A chooser that lists every region needs them all, so it waits for the whole register; past the limit it is a
        // search field, as in a register large enough for its start to matter.
        using var app = _app.WithWebHostBuilder(builder => builder.UseSetting("Choices:ListedUpTo", "3").ConfigureTestServices(services =>
        {
            services.RemoveAll<IRegisterStore>();
            services.AddSingleton<IRegisterStore>(new RestWaits(Store(), _restMayBeRead));
        }));
        using var client = app.CreateClient();

        var home = await client.GetAsync(new Uri("/?lang=en", UriKind.Relative), cancel);
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative), cancel);
        var coverage = client.GetAsync(new Uri("/coverage?lang=en", UriKind.Relative), cancel);

        home.StatusCode.Should().Be(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync(cancel)).Should().Contain("GG-SH-MOU-2025").And.Contain("GG-TJ-MOU");
        health.Should().Be("Degraded");
        (await Task.WhenAny(coverage, Task.Delay(300, cancel))).Should().NotBeSameAs(coverage, "the coverage page waits for the whole register");

        _restMayBeRead.Set();

        (await coverage).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetStringAsync(new Uri("/health", UriKind.Relative), cancel)).Should().Be("Healthy");
    }

    private DatabaseRegisterStore Store() => DatabaseRegisterStore.Sqlite(Path.Combine(_folder, "register.db"));

    /// <summary>A store whose part around a region is read at once, and whose whole read waits until the test lets it.</summary>
    private sealed class RestWaits(IRegisterStore inner, ManualResetEventSlim restMayBeRead) : IRegisterStore
    {
        public RegisterFacts Load()
        {
            restMayBeRead.Wait(TimeSpan.FromSeconds(30));
            return inner.Load();
        }

        public RegisterPart? LoadAround(string region) => inner.LoadAround(region);

        public void Commit(RegisterChange change) => inner.Commit(change);
    }
}
