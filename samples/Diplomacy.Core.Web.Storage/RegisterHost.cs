using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
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
/// A host opened with <see cref="Start"/> serves before its whole register is read: the part of the store around one
/// region (that region's own ties, its delegations and the regions they name) answers the questions about that region
/// that it answers exactly (<see cref="ReadAbout{T}"/>, and <see cref="CountRegions"/>) while the rest is read on a
/// thread of its own; every other read, and every write, waits for the whole register (<see cref="Loaded"/>).
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

    // The register rebuilt from the part around one region, served until the whole is; never written, so read without the lock.
    private volatile FirstPart? _first;

    private RegisterHost(IRegisterStore store, Register register)
    {
        _store = store;
        _register = register;
        Loaded = Task.CompletedTask;
    }

    private RegisterHost(IRegisterStore store, FirstPart first)
    {
        _store = store;
        _first = first;
        Loaded = Task.Factory.StartNew(ReadTheWhole, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Completes once the whole register is served: at once for a host from <see cref="Open"/>, after the rest of the store
    /// is read for one from <see cref="Start"/>. It faults with what stopped that read (a stored history that breaks a
    /// rule, a store that cannot be read), and from then on every read and write throws.
    /// </summary>
    public Task Loaded { get; }

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

    /// <summary>
    /// Starts a host that answers questions about one region as soon as that region's part of the store is read and
    /// rebuilt (<see cref="IRegisterStore.LoadAround"/>), and reads the rest on a thread of its own: at 100,000 ties the
    /// home's first page is served in a fraction of the whole start.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="around">The id of the region whose questions are answered first: a host's home.</param>
    /// <param name="seed">As for <see cref="Open"/>.</param>
    /// <returns>The host; <see cref="Loaded"/> says when the whole register is served.</returns>
    /// <exception cref="DomainRuleException">A stored history of the part read first breaks a rule.</exception>
    /// <remarks>
    /// The part is rebuilt with every rule, as the whole is. When the store is empty, cannot read a part or holds no
    /// region with that id, this is <see cref="Open"/>: the whole is read before it returns.
    /// </remarks>
    public static RegisterHost Start(IRegisterStore store, string around, Func<Register>? seed = null)
    {
        Guard.Against.Null(store);
        Guard.Against.NullOrWhiteSpace(around);
        if (store.LoadAround(around) is not { Facts.Regions.Count: > 0 } part)
        {
            return Open(store, seed);
        }

        var first = Register.Rebuild(part.Facts);
        return first.Directory.Resolve(around) is { } region
            ? new RegisterHost(store, new FirstPart(first, region, part.RegionsStored))
            : Open(store, seed);
    }

    /// <summary>
    /// Answers a question about one region, from the part read first while the whole register is still being read when
    /// the region is the one the host was started around, else as <see cref="Read{T}"/> does. The question may read the
    /// region's own ties (<see cref="Register.TiesOf"/> without subregions), the delegations of it and of the places
    /// inside it (their commitments included), and the regions these name, and nothing else: other regions' ties, and
    /// regions none of these name, are not in the part.
    /// </summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="region">
    /// Finds the region asked about in a register. When it throws on the part (a key of a region the part does not hold),
    /// the whole register is waited for and asked again, so that only the whole says a region does not exist.
    /// </param>
    /// <param name="query">The question, given the register and the region found.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The whole register could not be read, or a failed write left the store unreadable.</exception>
    public T ReadAbout<T>(Func<Register, Region> region, Func<Register, Region, T> query)
    {
        Guard.Against.Null(region);
        Guard.Against.Null(query);
        if (_first is { } first && AskedOfThePart(first, region) is { } asked)
        {
            return query(first.Register, asked);
        }

        return Read(register => query(register, region(register)));
    }

    /// <summary>How many regions the register holds; while the whole register is still being read, as the store counted them.</summary>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The whole register could not be read, or a failed write left the store unreadable.</exception>
    public int CountRegions() => _first is { } first ? first.RegionsStored : Read(register => register.Directory.Regions.Count);

    /// <summary>Answers a question of the register while no one writes; many readers may ask at once.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="query">The question. Build the whole answer inside it: the register may change once it returns.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">A failed write left the store unreadable; see the remarks.</exception>
    public T Read<T>(Func<Register, T> query)
    {
        Guard.Against.Null(query);
        AwaitTheWhole();
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
        AwaitTheWhole();
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
        AwaitTheWhole();
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
    /// <remarks>Waits for the read of the whole register to end, if it has not, so that nothing uses the host after.</remarks>
    public void Dispose()
    {
        Loaded.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        _lock.Dispose();
    }

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

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Any failure on the part is answered by the whole register, which throws it again if it is real.")]
    private static Region? AskedOfThePart(FirstPart first, Func<Register, Region> region)
    {
        try
        {
            var asked = region(first.Register);
            return asked.Equals(first.Around) ? asked : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private void ReadTheWhole()
    {
        try
        {
            var whole = Register.Rebuild(_store.Load());
            _lock.EnterWriteLock();
            try
            {
                _register = whole;
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            // Served no longer, whether the whole is there or could not be read: after a failure nothing is served.
            _first = null;
        }
    }

    private void AwaitTheWhole()
    {
        if (Loaded.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            Loaded.GetAwaiter().GetResult();
        }
        catch (Exception failed)
        {
            throw new InvalidOperationException($"The register could not be read from its store at start: {failed.Message}", failed);
        }
    }

    private static InvalidOperationException Unrestored() =>
        new("The register could not be read back from its store after a failed write; the next write tries again.");

    /// <summary>The register rebuilt from the part of the store around one region, that region, and how many regions the store holds.</summary>
    private sealed record FirstPart(Register Register, Region Around, int RegionsStored);
}
