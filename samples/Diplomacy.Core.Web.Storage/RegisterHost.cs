using Ardalis.GuardClauses;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// The register a host serves, kept in step with its store: rebuilt from the store at start, read by many threads at
/// once, written by one at a time, and a write visible to readers only once the store has committed it.
/// </summary>
/// <remarks>
/// <para>
/// A register answers from many threads while no one writes, and takes one writer at a time (see
/// <see cref="Register"/>). The host holds a reader-writer lock around both: <see cref="Read{T}"/> under the read lock,
/// <see cref="Write{T}"/> under the write lock, which it keeps until the store has committed, so no reader sees a write
/// that could still fail.
/// </para>
/// <para>
/// A command the domain refuses throws <see cref="DomainRuleException"/>, and the domain has changed nothing, so
/// nothing is stored. When the store fails to commit, or a command throws after changing the register, the host rebuilds
/// the register from the store before it lets readers in, so the register never holds what the store does not; when the
/// store cannot be read either, reads throw <see cref="InvalidOperationException"/> until a later write has read it.
/// </para>
/// <para>
/// What a write commits follows from what its commands did, not from what it says it did: the host finds every region,
/// agreement and delegation the write added, and every agreement and delegation it changed in place (see
/// <see cref="RegisterEdit"/>), so the store cannot fall behind the register it serves.
/// </para>
/// </remarks>
public sealed class RegisterHost : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();

    // One write at a time, whether under the write lock or on a copy: held before the write lock, never inside it.
    private readonly Lock _writer = new();
    private readonly IRegisterStore _store;
    private Register? _register;
    private AggregateMarks? _marks;

    private RegisterHost(IRegisterStore store, Register register)
    {
        _store = store;
        _register = register;
    }

    /// <summary>
    /// Opens a host on a store: its register is rebuilt from the stored facts with the core's rules
    /// (<see cref="Register.Rebuild"/>). An empty store is first given the seed's facts, when a seed is given.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="seed">Builds the register an empty store starts with; <see langword="null"/> starts it empty.</param>
    /// <returns>The host.</returns>
    /// <exception cref="DomainRuleException">A stored history breaks a rule: the store holds what the core refuses.</exception>
    public static RegisterHost Open(IRegisterStore store, Func<Register>? seed = null)
    {
        Guard.Against.Null(store);
        var facts = store.Load();
        if (facts.Regions.Count == 0 && seed is not null)
        {
            var seeded = seed();
            store.Commit(new RegisterChange
            {
                RegionsAdded = seeded.Directory.Regions,
                AgreementsAdded = seeded.Agreements,
                DistinctTies = seeded.ToFacts().DistinctTies,
                DelegationsAdded = seeded.Delegations.Delegations,
            });
            facts = store.Load();
        }

        return new RegisterHost(store, Register.Rebuild(facts));
    }

    /// <summary>Answers a question of the register while no one writes; many readers may ask at once.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="query">The question. Build the whole answer inside it: the register may change once it returns.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">A failed write left the store unreadable; see the remarks.</exception>
    public T Read<T>(Func<Register, T> query)
    {
        Guard.Against.Null(query);
        _lock.EnterReadLock();
        try
        {
            return query(_register ?? throw Unrestored());
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Runs one write through the domain's commands and commits what it changed in one transaction; readers wait until
    /// it is committed or undone.
    /// </summary>
    /// <typeparam name="T">What the command returns.</typeparam>
    /// <param name="command">The write: domain commands on <see cref="RegisterEdit.Register"/>.</param>
    /// <returns>What the command returned.</returns>
    /// <exception cref="DomainRuleException">The domain refused the command: nothing is stored, and the register is as before.</exception>
    public T Write<T>(Func<RegisterEdit, T> command)
    {
        Guard.Against.Null(command);
        using var writing = _writer.EnterScope();
        _lock.EnterWriteLock();
        try
        {
            var register = _register ??= Register.Rebuild(_store.Load());
            var marks = _marks ??= AggregateMarks.Of(register);
            var edit = new RegisterEdit(register, marks);
            T result;
            try
            {
                result = command(edit);
                var changed = marks.ChangedIn(register);
                var change = edit.ToChange(changed);
                if (!change.IsEmpty)
                {
                    _store.Commit(change);
                    marks.Commit(register, changed);
                }
            }
            catch when (edit.ChangedAnything)
            {
                Restore();
                throw;
            }

            return result;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Runs one large write (an import) on a copy of the register, outside the write lock, commits what it changed in
    /// one transaction, and only then swaps the copy in: readers keep reading the register as it was while the write is
    /// planned and committed, and wait only for the swap. Other writes wait for the whole of it.
    /// </summary>
    /// <typeparam name="T">What the command returns.</typeparam>
    /// <param name="command">The write, as for <see cref="Write{T}"/>, on a copy rebuilt from the register's facts.</param>
    /// <returns>What the command returned.</returns>
    /// <exception cref="DomainRuleException">The domain refused the command: nothing is stored, and the register is as before.</exception>
    /// <remarks>
    /// The copy is <see cref="Register.Rebuild"/> of the register's facts, the register a restart would rebuild, so the
    /// register served after the swap is the one the store holds. A command that fails, or a commit that fails, leaves
    /// the copy behind and the served register untouched.
    /// </remarks>
    public T WriteOnCopy<T>(Func<RegisterEdit, T> command)
    {
        Guard.Against.Null(command);
        using var writing = _writer.EnterScope();

        // No write can change the register while the writer lock is held, so the copy is of the register it replaces.
        var copy = _register is null ? Register.Rebuild(_store.Load()) : Read(register => Register.Rebuild(register.ToFacts()));
        var marks = AggregateMarks.Of(copy);
        var edit = new RegisterEdit(copy, marks);
        var result = command(edit);
        var changed = marks.ChangedIn(copy);
        var change = edit.ToChange(changed);
        if (!change.IsEmpty)
        {
            _store.Commit(change);
            marks.Commit(copy, changed);
            _lock.EnterWriteLock();
            try
            {
                _register = copy;
                _marks = marks;
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Puts the register back as the store holds it after a failed write. When the store cannot even be read, no register
    /// is served rather than one ahead of the store: reads fail until a later write reads the store again.
    /// </summary>
    private void Restore()
    {
        _register = null;
        _marks = null;
        try
        {
            _register = Register.Rebuild(_store.Load());
        }
        catch (Exception)
        {
            // The write's own exception is the one to throw; the next write reads the store again.
            _register = null;
        }
    }

    private static InvalidOperationException Unrestored() =>
        new("The register could not be read back from its store after a failed write; the next write tries again.");
}
