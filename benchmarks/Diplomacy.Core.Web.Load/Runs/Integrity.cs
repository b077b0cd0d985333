using Microsoft.Data.Sqlite;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>SQLite's own checks of a database file left by a killed app: <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>.</summary>
internal static class Integrity
{
    /// <summary>What the checks say: <c>ok</c> when the file is sound, else every problem they list.</summary>
    public static async Task<string> CheckAsync(string databaseFile)
    {
        if (!File.Exists(databaseFile))
        {
            return $"no database at {databaseFile}";
        }

        // Opened for writing, as the app opens it: reading a WAL database may first have to replay its log.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        var integrity = await LinesAsync(connection, "PRAGMA integrity_check;").ConfigureAwait(false);
        var foreignKeys = await LinesAsync(connection, "PRAGMA foreign_key_check;").ConfigureAwait(false);
        return integrity is ["ok"] && foreignKeys.Count == 0
            ? "ok"
            : string.Join("; ", [.. integrity, .. foreignKeys.Select(row => $"foreign key broken: {row}")]);
    }

    private static async Task<List<string>> LinesAsync(SqliteConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var lines = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            lines.Add(string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(column => reader.GetValue(column)?.ToString())));
        }

        return lines;
    }
}
