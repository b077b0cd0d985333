using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>How each provider's context is configured: the one place that names the providers' options.</summary>
internal static class RegisterDatabase
{
    public static DbContextOptions<SqliteRegisterContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteRegisterContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;

    public static DbContextOptions<PostgreSqlRegisterContext> PostgreSqlOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgreSqlRegisterContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime())
            .Options;
}
