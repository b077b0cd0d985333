using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>
/// Makes every SQLite connection safe to crash: write-ahead logging (readers do not block the writer), a commit written
/// through to the disk before it returns (<c>synchronous=FULL</c>), and foreign keys checked.
/// </summary>
/// <remarks>
/// With WAL, <c>synchronous=NORMAL</c> survives a killed process but may lose the last commits when the machine loses
/// power; an acknowledged write must survive both, so FULL, at the cost of one sync per commit.
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
