using System.Text.Json;
using Ardalis.GuardClauses;
using Diplomacy.Core.Coverage;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>
/// The coverage question as a host developer would ask the SQLite tables without the library: which members of a cohort
/// a home region holds a tie in force with on a date. The SQL anchor benchmark measures it against the register, and
/// a test holds it to the register's answers; this is the one place its text lives.
/// </summary>
/// <remarks>
/// <para>
/// It states the core's default criteria (every kind, in force only, the home's own ties with the members themselves)
/// for histories whose every date is a known day and which carry no term: a tie covers a member on a day when the
/// member is another party of one of the home's ties that has entered into force on or before that day (its signing,
/// unless signed to enter into force later, or its entry into force), has not been terminated or superseded on or
/// before it, from which neither the home nor the member has withdrawn on or before it, and whose last suspension or
/// resumption on or before it, in the order of its history, is not a suspension. Events taken back are left out.
/// </para>
/// <para>
/// What it does not state, and where it would answer otherwise than the register: a date known only in part (the
/// register says uncertain, this reads the latest day it may be), a term and its renewals (the register lets a tie
/// expire and revive; plain SQL would need the ISO period arithmetic of <c>term_length</c>), ties of the home's or a
/// member's sub-regions, and criteria other than the default.
/// </para>
/// <para>
/// A member is found by its keys as the register finds it: a region whose id is a key (a region's id is its ISO code
/// when it has one), or whose former code is (<c>CN-31</c> for Shanghai). Every look-up goes through an index the
/// migrations create: <c>agreement_parties (region_id, agreement_id)</c> for the home's ties, the primary keys of
/// <c>agreement_parties</c> and <c>agreement_events</c> (agreement, position) for a tie's parties and history, and
/// <c>region_former_codes (code)</c>. The commands are prepared once, on one open read-only connection.
/// </para>
/// </remarks>
internal sealed class SqlCoverage : IDisposable
{
    /// <summary>The region ids of the members covered; parameters <c>$home</c> (a region id), <c>$cohort</c> (a JSON array of the members' keys) and <c>$date</c> (ISO).</summary>
    public const string CoveredMembersSql =
        """
        WITH members(region_id) AS (
            SELECT r.id FROM json_each($cohort) AS k JOIN regions AS r ON r.id = k.value
            UNION
            SELECT f.region_id FROM json_each($cohort) AS k JOIN region_former_codes AS f ON f.code = k.value
        )
        SELECT DISTINCT m.region_id
        FROM agreement_parties AS h
        JOIN agreement_parties AS m ON m.agreement_id = h.agreement_id AND m.region_id <> h.region_id
        WHERE h.region_id = $home
          AND m.region_id IN (SELECT region_id FROM members)
          AND EXISTS (
              SELECT 1 FROM agreement_events AS e
              WHERE e.agreement_id = h.agreement_id AND NOT e.is_retracted AND e.occurred_latest <= $date
                AND (e.event_type = 'EnteredIntoForce' OR (e.event_type = 'Signed' AND e.enters_into_force_on_signing)))
          AND NOT EXISTS (
              SELECT 1 FROM agreement_events AS e
              WHERE e.agreement_id = h.agreement_id AND NOT e.is_retracted AND e.occurred_latest <= $date
                AND (e.event_type IN ('Terminated', 'Superseded')
                     OR (e.event_type = 'PartyWithdrew' AND e.party_region_id IN (h.region_id, m.region_id))))
          AND COALESCE((
              SELECT e.event_type FROM agreement_events AS e
              WHERE e.agreement_id = h.agreement_id AND NOT e.is_retracted AND e.occurred_latest <= $date
                AND e.event_type IN ('Suspended', 'Resumed')
              ORDER BY e.position DESC LIMIT 1), 'Resumed') = 'Resumed'
        """;

    /// <summary>How many members are covered: <see cref="CoveredMembersSql"/> counted, with the same parameters.</summary>
    public const string CountCoveredSql = "SELECT COUNT(*) FROM (" + CoveredMembersSql + ")";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _members;
    private readonly SqliteCommand _count;

    private SqlCoverage(SqliteConnection connection)
    {
        _connection = connection;
        _members = Prepare(connection, CoveredMembersSql);
        _count = Prepare(connection, CountCoveredSql);
    }

    /// <summary>Opens the database file read-only and prepares the two queries.</summary>
    /// <param name="path">The SQLite file a <see cref="DatabaseRegisterStore"/> keeps.</param>
    /// <returns>The queries, on their own connection until disposed.</returns>
    public static SqlCoverage Open(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var connection = new SqliteConnection($"Data Source={Path.GetFullPath(path)};Mode=ReadOnly");
        connection.Open();
        return new SqlCoverage(connection);
    }

    /// <summary>The value of <c>$cohort</c>: every key of every member, as a JSON array of strings.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The JSON text.</returns>
    public static string KeysOf(Cohort cohort)
    {
        Guard.Against.Null(cohort);
        return JsonSerializer.Serialize(cohort.Members.SelectMany(member => member.Keys).Select(key => key.Value).ToArray());
    }

    /// <summary>How many members of the cohort the home covers on the date.</summary>
    /// <param name="home">The home region's id.</param>
    /// <param name="cohortKeys">The cohort's keys, from <see cref="KeysOf"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The count.</returns>
    public int CountCovered(string home, string cohortKeys, LocalDate date)
    {
        Bind(_count, home, cohortKeys, date);
        return Convert.ToInt32(_count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The region ids of the members of the cohort the home covers on the date, in no particular order.</summary>
    /// <param name="home">The home region's id.</param>
    /// <param name="cohortKeys">The cohort's keys, from <see cref="KeysOf"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The covered members' region ids.</returns>
    public List<string> CoveredMembers(string home, string cohortKeys, LocalDate date)
    {
        Bind(_members, home, cohortKeys, date);
        var covered = new List<string>();
        using var reader = _members.ExecuteReader();
        while (reader.Read())
        {
            covered.Add(reader.GetString(0));
        }

        return covered;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _members.Dispose();
        _count.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$home", SqliteType.Text);
        command.Parameters.Add("$cohort", SqliteType.Text);
        command.Parameters.Add("$date", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, string home, string cohortKeys, LocalDate date)
    {
        command.Parameters["$home"].Value = home;
        command.Parameters["$cohort"].Value = cohortKeys;
        command.Parameters["$date"].Value = LocalDatePattern.Iso.Format(date);
    }
}
