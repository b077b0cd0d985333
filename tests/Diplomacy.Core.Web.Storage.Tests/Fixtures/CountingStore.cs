using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>A store that passes every call to another, counts the agreements committed, and throws on commit when told to.</summary>
public sealed class CountingStore(IRegisterStore inner) : IRegisterStore
{
    private int _agreementsCommitted = -1;

    public bool FailNextCommit { get; set; }

    public int AgreementsCommitted => Volatile.Read(ref _agreementsCommitted);

    public RegisterFacts Load()
    {
        var facts = inner.Load();
        Volatile.Write(ref _agreementsCommitted, facts.Agreements.Count);
        return facts;
    }

    public void Commit(RegisterChange change)
    {
        if (FailNextCommit)
        {
            FailNextCommit = false;
            throw new IOException("The disk is full.");
        }

        inner.Commit(change);
        Interlocked.Add(ref _agreementsCommitted, change.AgreementsAdded.Count);
    }
}
