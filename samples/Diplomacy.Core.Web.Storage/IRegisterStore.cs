using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>Where a host keeps its register's facts: a database it rebuilds the register from at start.</summary>
/// <remarks>
/// Both members are synchronous on purpose: <see cref="RegisterHost"/> calls them while it holds its write lock, so that
/// no reader sees a write before it is committed, and that lock belongs to one thread.
/// </remarks>
public interface IRegisterStore
{
    /// <summary>
    /// Creates or migrates the store's schema, then reads every stored fact. An empty store gives facts with no regions.
    /// </summary>
    /// <returns>The stored facts, for <see cref="Register.Rebuild"/>.</returns>
    RegisterFacts Load();

    /// <summary>Commits one accepted write in one transaction: all of it is stored, or, when this throws, none of it.</summary>
    /// <param name="change">What the write added and changed.</param>
    void Commit(RegisterChange change);
}
