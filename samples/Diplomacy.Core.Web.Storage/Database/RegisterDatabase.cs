using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>How each provider's context is configured: the one place that names the providers' options.</summary>
/// <remarks>
/// A context serves one operation on one thread and is never shared, so EF Core's check for a context used by two threads
/// at once is off: it costs an allocation for every row read, a tenth of what a host's start allocates.
/// </remarks>
internal static class RegisterDatabase
{
    public static DbContextOptions<SqliteRegisterContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteRegisterContext>()
            .UseSqlite(connectionString)
            .EnableThreadSafetyChecks(false)
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;

    public static DbContextOptions<PostgreSqlRegisterContext> PostgreSqlOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgreSqlRegisterContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime())
            .EnableThreadSafetyChecks(false)
            .Options;
}
