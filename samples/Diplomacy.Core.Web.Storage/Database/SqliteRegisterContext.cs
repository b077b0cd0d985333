using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>The register's tables in SQLite, which has no date type: dates and local times are ISO text, so that SQL compares and sorts them.</summary>
internal sealed class SqliteRegisterContext(DbContextOptions<SqliteRegisterContext> options) : RegisterContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateAsIsoText>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeAsIsoText>();
    }
}
