using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// Keeps a register's facts in a relational database with EF Core: SQLite (a file, the default) or PostgreSQL, one table
/// per kind of fact, so that a user can ask the database in SQL what the register answers (see the storage README).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Load"/> creates or migrates the schema first (each provider has its own migrations). <see cref="Commit"/>
/// writes one change in one transaction: rows for what was added, and for an agreement or delegation the write changed,
/// its rows deleted and written again from its facts now; the distinct mark (<c>agreements.is_distinct</c>) of each
/// agreement the change re-checked is set anew. When anything fails, the transaction is rolled back and the
/// exception rethrown: nothing is half-written.
/// </para>
/// <para>
/// Each call opens its own connection, so the store may be shared; <see cref="RegisterHost"/> calls it one write at a time.
/// </para>
/// </remarks>
public sealed class DatabaseRegisterStore : IRegisterStore
{
    private readonly Func<RegisterContext> _open;

    private DatabaseRegisterStore(Func<RegisterContext> open) => _open = open;

    /// <summary>A store in a SQLite database: write-ahead logging, every commit synced to disk, foreign keys checked.</summary>
    /// <param name="path">The database file; it is created, with its folder, on the first <see cref="Load"/>.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <example>
    /// <code>
    /// var host = RegisterHost.Open(DatabaseRegisterStore.Sqlite("data/register.db"));
    /// </code>
    /// </example>
    public static DatabaseRegisterStore Sqlite(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var connection = $"Data Source={Path.GetFullPath(path)};Foreign Keys=True;Pooling=True";
        return new(() =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return new SqliteRegisterContext(RegisterDatabase.SqliteOptions(connection));
        });
    }

    /// <summary>A store in a PostgreSQL database (Npgsql with its NodaTime plugin); the database must exist, the schema need not.</summary>
    /// <param name="connectionString">The Npgsql connection string, for example <c>Host=127.0.0.1;Database=register;Username=app</c>.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null, empty or white space.</exception>
    public static DatabaseRegisterStore PostgreSql(string connectionString)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        var options = RegisterDatabase.PostgreSqlOptions(connectionString);
        return new(() => new PostgreSqlRegisterContext(options));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">A row holds what no fact can be: a required column empty, a reference to nothing.</exception>
    public RegisterFacts Load()
    {
        MigrateWhenPending();
        return StoredFacts.Read(_open);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="region"/> is null, empty or white space.</exception>
    /// <exception cref="InvalidDataException">A row holds what no fact can be: a required column empty, a reference to nothing.</exception>
    public RegisterPart? LoadAround(string region)
    {
        Guard.Against.NullOrWhiteSpace(region);
        MigrateWhenPending();
        return StoredFacts.ReadAround(_open, region);
    }

    private void MigrateWhenPending()
    {
        using var context = _open();

        // Migrate() also compares the model with the last migration's snapshot, which builds both: most of a second of
        // a host's start, spent for nothing once the schema is current (tests hold the model and migrations in step).
        if (context.Database.GetPendingMigrations().Any())
        {
            context.Database.Migrate();
        }
    }

    /// <summary>Whether the database answers now: what a host's health check asks, without reading any fact.</summary>
    /// <returns><see langword="true"/> when a connection opens.</returns>
    public bool CanConnect()
    {
        using var context = _open();
        return context.Database.CanConnect();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="DbUpdateException">The database refused the change (a key taken, a region it refers to missing); nothing of it is stored.</exception>
    public void Commit(RegisterChange change)
    {
        Guard.Against.Null(change);
        if (change.IsEmpty)
        {
            return;
        }

        using var context = _open();
        using var transaction = context.Database.BeginTransaction();
        var distinct = change.DistinctTies.ToHashSet();

        var region = NextPosition(context.Regions.Select(row => (int?)row.Position));
        foreach (var added in change.RegionsAdded)
        {
            context.AddRange(FactRows.Region(added, region++));
        }

        var agreement = NextPosition(context.Agreements.Select(row => (int?)row.Position));
        foreach (var added in change.AgreementsAdded)
        {
            var facts = added.ToFacts();
            context.Add(FactRows.Agreement(facts, agreement++, distinct.Contains(facts.Id)));
            context.AddRange(FactRows.AgreementLists(facts));
        }

        var rechecked = change.TiesRechecked.ToHashSet();
        foreach (var changed in change.AgreementsChanged)
        {
            Replace(context, changed.ToFacts(), rechecked, distinct);
        }

        foreach (var id in rechecked.Except(change.AgreementsChanged.Select(changed => changed.Id)))
        {
            var stands = distinct.Contains(id);
            context.Agreements.Where(row => row.Id == id.Value).ExecuteUpdate(row => row.SetProperty(column => column.IsDistinct, stands));
        }

        var delegation = NextPosition(context.Delegations.Select(row => (int?)row.Position));
        foreach (var added in change.DelegationsAdded)
        {
            var facts = added.ToFacts();
            context.Add(FactRows.Delegation(facts, delegation++));
            context.AddRange(FactRows.DelegationLists(facts));
        }

        foreach (var changed in change.DelegationsChanged)
        {
            Replace(context, changed.ToFacts());
        }

        context.SaveChanges();
        transaction.Commit();
    }

    private static int NextPosition(IQueryable<int?> positions) => (positions.Max() ?? -1) + 1;

    private static void Replace(RegisterContext context, AgreementFacts facts, HashSet<AgreementId> rechecked, HashSet<AgreementId> distinct)
    {
        var id = facts.Id.Value;
        var row = context.Agreements.AsNoTracking().SingleOrDefault(row => row.Id == id)
            ?? throw new InvalidOperationException($"The agreement {id} is not stored: a changed agreement must have been added before.");
        context.AgreementSources.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementRetractions.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementEvents.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementParties.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementSignatories.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementFields.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementContacts.Where(child => child.AgreementId == id).ExecuteDelete();
        context.AgreementNotes.Where(child => child.AgreementId == id).ExecuteDelete();
        context.Update(FactRows.Agreement(facts, row.Position, rechecked.Contains(facts.Id) ? distinct.Contains(facts.Id) : row.IsDistinct));
        context.AddRange(FactRows.AgreementLists(facts));
    }

    private static void Replace(RegisterContext context, DelegationFacts facts)
    {
        var id = facts.Id.Value;
        var row = context.Delegations.AsNoTracking().SingleOrDefault(row => row.Id == id)
            ?? throw new InvalidOperationException($"The delegation {id} is not stored: a changed delegation must have been recorded before.");
        context.EngagementCounterparts.Where(child => child.DelegationId == id).ExecuteDelete();
        context.EngagementParties.Where(child => child.DelegationId == id).ExecuteDelete();
        context.Engagements.Where(child => child.DelegationId == id).ExecuteDelete();
        context.ItineraryStops.Where(child => child.DelegationId == id).ExecuteDelete();
        context.DelegationMembers.Where(child => child.DelegationId == id).ExecuteDelete();
        context.DelegationOrganizations.Where(child => child.DelegationId == id).ExecuteDelete();
        context.Commitments.Where(child => child.DelegationId == id).ExecuteDelete();
        context.Update(FactRows.Delegation(facts, row.Position));
        context.AddRange(FactRows.DelegationLists(facts));
    }
}
