using Diplomacy.Core.Web.Storage.Database;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>
/// A store migrates its schema at load only when a migration is pending; the model and each provider's migrations are
/// held in step here, where a model changed without its migration fails a test instead of a host's start.
/// </summary>
public sealed class MigrationRules
{
    [Fact]
    public void The_SQLite_model_holds_no_change_its_migrations_lack()
    {
        using var context = new SqliteRegisterContext(RegisterDatabase.SqliteOptions("Data Source=:memory:"));

        context.Database.HasPendingModelChanges().Should().BeFalse();
    }

    [Fact]
    public void The_PostgreSQL_model_holds_no_change_its_migrations_lack()
    {
        using var context = new PostgreSqlRegisterContext(RegisterDatabase.PostgreSqlOptions("Host=127.0.0.1;Database=unused"));

        context.Database.HasPendingModelChanges().Should().BeFalse();
    }

    [Fact]
    public void A_store_whose_schema_is_a_migration_behind_is_migrated_at_load()
    {
        using var database = new TemporaryDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        using (var context = new SqliteRegisterContext(RegisterDatabase.SqliteOptions($"Data Source={database.FilePath}")))
        {
            var first = context.Database.GetMigrations().First();
            context.GetService<IMigrator>().Migrate(first);
            context.Database.GetPendingMigrations().Should().NotBeEmpty();
        }

        database.OpenStore().Load();

        using var migrated = new SqliteRegisterContext(RegisterDatabase.SqliteOptions($"Data Source={database.FilePath}"));
        migrated.Database.GetPendingMigrations().Should().BeEmpty();
        migrated.Database.GetAppliedMigrations().Should().Equal(migrated.Database.GetMigrations());
    }
}
