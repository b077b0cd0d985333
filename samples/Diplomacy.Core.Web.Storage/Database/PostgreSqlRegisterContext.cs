using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>The register's tables in PostgreSQL, whose NodaTime plugin maps dates to <c>date</c> and local times to <c>timestamp</c>.</summary>
internal sealed class PostgreSqlRegisterContext(DbContextOptions<PostgreSqlRegisterContext> options) : RegisterContext(options);
