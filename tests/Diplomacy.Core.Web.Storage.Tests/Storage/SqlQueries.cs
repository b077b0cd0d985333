using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>The tables answer in plain SQL what the register answers: a host developer can query them without the library.</summary>
public sealed class SqlQueries : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly Register _register = StoryRegister.Build();

    public SqlQueries() => SqliteRoundTrip.StoreAndLoad(_database.OpenStore(), _register);

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("KR-41")]
    [InlineData("CN-SH")]
    [InlineData("CN-SH-PUDONG")]
    public void The_ties_of_a_region_in_SQL_are_the_registers_ties_of_it_in_its_order(string region)
    {
        var ids = Query(
            """
            SELECT a.id FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.id
            WHERE p.region_id = $region ORDER BY a.position
            """,
            ("$region", region));

        ids.Should().Equal(_register.TiesOf(Region(region)).Select(tie => tie.Id.Value));
    }

    [Fact]
    public void Ties_certainly_signed_on_or_before_a_day_are_found_by_the_latest_day_their_signing_may_be()
    {
        var day = new LocalDate(2025, 9, 23);

        var ids = Query("SELECT id FROM agreements WHERE signed_latest <= $day ORDER BY position", ("$day", "2025-09-23"));

        ids.Should().Equal(_register.Agreements
            .Where(tie => tie.History.OfType<AgreementSigned>().Any(signed => signed.OccurredOn.IsCertainlyOnOrBefore(day)))
            .Select(tie => tie.Id.Value));
        ids.Should().Contain("GG-TJ", "a tie signed '..2025-09-22' was certainly signed by the 23rd");
    }

    [Fact]
    public void The_history_of_a_tie_in_SQL_reads_as_its_history_in_order_without_what_was_retracted()
    {
        var events = Query(
            "SELECT event_type || ' ' || occurred_on FROM agreement_events WHERE agreement_id = 'GG-LN-1993' AND NOT is_retracted ORDER BY position");

        events.Should().Equal("Signed 1993-10", "Suspended 2020-02-01", "Resumed 2022-06-01..", "Renewed 2024-01-10");
    }

    [Fact]
    public void The_database_is_kept_in_write_ahead_logging_with_every_commit_synced_and_foreign_keys_on()
    {
        using var context = new Database.SqliteRegisterContext(Database.RegisterDatabase.SqliteOptions($"Data Source={_database.FilePath}"));
        var connection = context.Database.GetDbConnection();
        context.Database.OpenConnection();

        Pragma(connection, "journal_mode").Should().Be("wal");
        Pragma(connection, "synchronous").Should().Be("2", "2 is FULL");
        Pragma(connection, "foreign_keys").Should().Be("1");
    }

    private static string? Pragma(System.Data.Common.DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Query(string sql, params (string Name, string Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={_database.FilePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private Region Region(string id) => _register.Directory.TryGet(new RegionId(id), out var region) ? region : throw new InvalidOperationException(id);
}
