using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>
/// The store is not trusted blindly at start: the regions and the agreements' rows are read side by side, and a row that
/// no fact can be, or facts the core refuses, stop the start with what was wrong and where, whichever read met it.
/// </summary>
public sealed class StoredRowsAreChecked : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public StoredRowsAreChecked() => RegisterHost.Open(_database.OpenStore(), SeedRegister.Build).Dispose();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_region_without_names_stops_the_start_naming_the_region()
    {
        var region = Scalar("SELECT id FROM regions ORDER BY position DESC LIMIT 1");
        Execute($"DELETE FROM region_names WHERE region_id = '{region}'");

        FluentActions.Invoking(() => RegisterHost.Open(_database.OpenStore()))
            .Should().Throw<InvalidDataException>().Which.Message.Should().Contain(region);
    }

    [Fact]
    public void A_signing_without_its_kind_stops_the_start_naming_the_agreement()
    {
        var agreement = Scalar("SELECT agreement_id FROM agreement_events WHERE event_type = 'Signed' ORDER BY agreement_id LIMIT 1");
        Execute($"UPDATE agreement_events SET kind = NULL WHERE event_type = 'Signed' AND agreement_id = '{agreement}'");

        FluentActions.Invoking(() => RegisterHost.Open(_database.OpenStore()))
            .Should().Throw<InvalidDataException>().Which.Message.Should().Contain(agreement);
    }

    [Fact]
    public void Both_reads_failing_at_once_stop_the_start_with_one_of_their_own_errors()
    {
        Execute("DELETE FROM region_names");
        Execute("UPDATE agreement_events SET kind = NULL WHERE event_type = 'Signed'");

        FluentActions.Invoking(() => RegisterHost.Open(_database.OpenStore())).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void An_agreement_whose_stored_parties_are_one_region_twice_is_refused_by_the_core_rule_at_start()
    {
        var agreement = Scalar("SELECT agreement_id FROM agreement_parties WHERE position = 1 ORDER BY agreement_id LIMIT 1");
        var first = Scalar($"SELECT region_id FROM agreement_parties WHERE agreement_id = '{agreement}' AND position = 0");
        Execute($"UPDATE agreement_parties SET region_id = '{first}' WHERE agreement_id = '{agreement}' AND position = 1");

        FluentActions.Invoking(() => RegisterHost.Open(_database.OpenStore()))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementPartiesMustBeDistinct);
    }

    [Fact]
    public void A_broken_row_in_the_homes_part_stops_a_start_around_the_home_before_it_serves()
    {
        Execute("UPDATE agreement_events SET kind = NULL WHERE event_type = 'Signed' AND agreement_id = 'GG-TJ-MOU'");

        FluentActions.Invoking(() => RegisterHost.Start(_database.OpenStore(), "KR-41"))
            .Should().Throw<InvalidDataException>().Which.Message.Should().Contain("GG-TJ-MOU");
    }

    [Fact]
    public void Regions_whose_parents_form_a_cycle_stop_a_start_around_a_home_instead_of_looping()
    {
        Execute("PRAGMA foreign_keys = OFF; UPDATE regions SET parent_id = 'KR-41' WHERE id = 'KR'");

        FluentActions.Invoking(() => RegisterHost.Start(_database.OpenStore(), "KR-41"))
            .Should().Throw<InvalidDataException>().WithMessage("*lies inside itself*");
    }

    private void Execute(string sql) => Run(sql, command => command.ExecuteNonQuery());

    private string Scalar(string sql) => Run(sql, command => (string)command.ExecuteScalar()!);

    private T Run<T>(string sql, Func<SqliteCommand, T> run)
    {
        using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }
}
