namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>A SQLite file in a folder of its own, deleted with the folder (and its WAL files) when disposed.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "diplomacy-storage-" + Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "register.db");

    public DatabaseRegisterStore OpenStore() => DatabaseRegisterStore.Sqlite(FilePath);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
