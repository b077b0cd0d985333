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

    /// <summary>
    /// Creates or migrates the store's schema, then reads only what a question about one region reads: every agreement
    /// the region is a party to, every delegation of the region or of a place inside it, every agreement those
    /// delegations' signings record, and the regions all of these name with the regions they lie in. A host reads this
    /// first to answer its home's first page while <see cref="Load"/> reads the rest (see <see cref="RegisterHost.Start"/>).
    /// </summary>
    /// <param name="region">The region's id, in any case; a store need not resolve other keys (a former code, a Wikidata id).</param>
    /// <returns>
    /// The part, for <see cref="Register.Rebuild"/>; <see langword="null"/> when no stored region has the id, or when the
    /// store cannot read a part, which is what a store that does not override this member answers.
    /// </returns>
    RegisterPart? LoadAround(string region) => null;

    /// <summary>Commits one accepted write in one transaction: all of it is stored, or, when this throws, none of it.</summary>
    /// <param name="change">What the write added and changed.</param>
    void Commit(RegisterChange change);
}
