using Microsoft.EntityFrameworkCore.Design;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>The SQLite context for <c>dotnet ef migrations add</c>, which needs no database.</summary>
internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteRegisterContext>
{
    public SqliteRegisterContext CreateDbContext(string[] args) => new(RegisterDatabase.SqliteOptions("Data Source=design-time.db"));
}
