using Ardalis.GuardClauses;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Core.Web.Storage;

/// <summary>Registers the web host's register store.</summary>
public static class RegisterStorageServiceCollectionExtensions
{
    /// <summary>The configuration key that names the provider: <c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    public const string ProviderKey = "Storage:Provider";

    /// <summary>The name of the connection string (<c>ConnectionStrings:Register</c>).</summary>
    public const string ConnectionStringName = "Register";

    /// <summary>
    /// Registers <see cref="IRegisterStore"/> as a singleton <see cref="DatabaseRegisterStore"/>. The provider is
    /// <c>Storage:Provider</c> when it is set; when it is not, PostgreSQL if <c>ConnectionStrings:Register</c> is set, and
    /// SQLite otherwise. SQLite keeps the file that <c>ConnectionStrings:Register</c> names as its <c>Data Source</c>
    /// when given, and <c>&lt;dataFolder&gt;/register.db</c> when not.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="dataFolder">The app's data folder, where the SQLite file goes by default.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dataFolder"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">
    /// <c>Storage:Provider</c> names no known provider, or PostgreSQL is chosen without a connection string.
    /// </exception>
    /// <example>
    /// <code>
    /// builder.Services.AddRegisterStorage(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
    /// </code>
    /// </example>
    public static IServiceCollection AddRegisterStorage(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configuration);
        Guard.Against.NullOrWhiteSpace(dataFolder);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var given = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        var provider = configuration[ProviderKey] is { Length: > 0 } named ? named : given is null ? "Sqlite" : "PostgreSql";
        DatabaseRegisterStore store = provider.ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseRegisterStore.Sqlite(given is null ? Path.Combine(dataFolder, "register.db") : new SqliteConnectionStringBuilder(given).DataSource),
            "POSTGRESQL" => DatabaseRegisterStore.PostgreSql(
                given ?? throw new InvalidOperationException($"{ProviderKey} is PostgreSql, but ConnectionStrings:{ConnectionStringName} is not set.")),
            _ => throw new InvalidOperationException($"{ProviderKey} is '{provider}'; it must be Sqlite or PostgreSql."),
        };
        services.AddSingleton<IRegisterStore>(store);
        return services;
    }
}
