using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage.Database;
using Diplomacy.Core.Web.Storage.Tests.Storage;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>
/// The <see cref="ExactDayRegister"/> of 2,000 ties stored once in a SQLite file, the register rebuilt from it and the
/// SQL anchor's queries open on it, shared by a test class's tests.
/// </summary>
public sealed class ExactDayDatabase : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public ExactDayDatabase()
    {
        Register = SqliteRoundTrip.StoreAndLoad(_database.OpenStore(), ExactDayRegister.Build(2_000));
        Sql = SqlCoverage.Open(_database.FilePath);
    }

    /// <summary>The register as <c>Register.Rebuild(store.Load())</c> gives it.</summary>
    public Register Register { get; }

    internal SqlCoverage Sql { get; }

    public Region Region(string id) => Register.Directory.TryGet(new RegionId(id), out var region) ? region : throw new InvalidOperationException(id);

    public void Dispose()
    {
        Sql.Dispose();
        _database.Dispose();
    }
}
