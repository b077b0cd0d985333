using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>SQLite in the app's data folder unless configuration names PostgreSQL, by its provider key or by a connection string alone.</summary>
public sealed class ProviderChoice(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "diplomacy-data-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Fact]
    public void With_nothing_configured_the_register_is_a_SQLite_file_in_the_data_folder_created_at_start()
    {
        var store = StoreFor([]);

        store.Load();

        File.Exists(Path.Combine(_dataFolder, "register.db")).Should().BeTrue();
    }

    [Fact]
    public void A_SQLite_provider_with_a_connection_string_keeps_the_file_it_names()
    {
        var file = Path.Combine(_dataFolder, "elsewhere", "mine.db");
        var store = StoreFor([new("Storage:Provider", "Sqlite"), new("ConnectionStrings:Register", $"Data Source={file}")]);

        store.Load();

        File.Exists(file).Should().BeTrue();
        File.Exists(Path.Combine(_dataFolder, "register.db")).Should().BeFalse();
    }

    [Fact]
    public void A_connection_string_alone_names_PostgreSQL()
    {
        var store = StoreFor([new("ConnectionStrings:Register", server.CreateDatabase())]);

        store.Load().Regions.Should().BeEmpty();

        Directory.Exists(_dataFolder).Should().BeFalse("no SQLite file was made");
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused_at_registration()
    {
        FluentActions.Invoking(() => StoreFor([new("Storage:Provider", "PostgreSql")])).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_provider_the_store_does_not_know_is_refused_at_registration()
    {
        FluentActions.Invoking(() => StoreFor([new("Storage:Provider", "Oracle")])).Should().Throw<InvalidOperationException>();
    }

    private IRegisterStore StoreFor(KeyValuePair<string, string?>[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddRegisterStorage(configuration, _dataFolder).BuildServiceProvider();
        return services.GetRequiredService<IRegisterStore>();
    }
}
