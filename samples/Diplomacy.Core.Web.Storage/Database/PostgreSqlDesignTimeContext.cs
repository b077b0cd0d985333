using Microsoft.EntityFrameworkCore.Design;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>The PostgreSQL context for <c>dotnet ef migrations add</c>, which needs no server.</summary>
internal sealed class PostgreSqlDesignTimeContext : IDesignTimeDbContextFactory<PostgreSqlRegisterContext>
{
    public PostgreSqlRegisterContext CreateDbContext(string[] args) => new(RegisterDatabase.PostgreSqlOptions("Host=localhost"));
}
