using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// What one accepted write changed in the register, for a store to commit in one transaction: the regions, agreements
/// and delegations added (in the order the register holds them), and those the write changed in place.
/// </summary>
/// <remarks>
/// A store writes an added element's facts whole, and replaces a changed element's facts with its facts now
/// (<see cref="Agreement.ToFacts"/>, <see cref="Delegation.ToFacts"/>): the domain decides what an element holds, the
/// store only keeps it. <see cref="DistinctTies"/> names the agreements that stand beside a like tie held before them,
/// as <see cref="Portfolio.RegisterFacts.DistinctTies"/> does: those added as distinct
/// (<see cref="Portfolio.Register.AddDistinct"/>), and those that a change to another agreement between the same parties
/// made so, which a store must know or the register's rebuild would refuse them as duplicates.
/// </remarks>
public sealed record RegisterChange
{
    /// <summary>The regions added, parents before their places.</summary>
    public IReadOnlyList<Region> RegionsAdded { get; init; } = [];

    /// <summary>The agreements added, in the order the register holds them.</summary>
    public IReadOnlyList<Agreement> AgreementsAdded { get; init; } = [];

    /// <summary>
    /// The agreements of the change, added or among <see cref="TiesRechecked"/>, that stand beside a like tie held before
    /// them: the register's rebuild adds these as distinct.
    /// </summary>
    public IReadOnlyList<AgreementId> DistinctTies { get; init; } = [];

    /// <summary>
    /// The agreements already stored whose standing beside a like tie the write checked again, because it changed an
    /// agreement between the same parties (a renewal that makes an old tie overlap a later one, say): each is distinct
    /// from now on exactly when <see cref="DistinctTies"/> names it.
    /// </summary>
    public IReadOnlyList<AgreementId> TiesRechecked { get; init; } = [];

    /// <summary>Agreements already stored whose facts the write changed (an event recorded or retracted, a source added).</summary>
    public IReadOnlyList<Agreement> AgreementsChanged { get; init; } = [];

    /// <summary>The delegations recorded, in the order the log holds them.</summary>
    public IReadOnlyList<Delegation> DelegationsAdded { get; init; } = [];

    /// <summary>Delegations already stored whose facts the write changed (a commitment done or dropped).</summary>
    public IReadOnlyList<Delegation> DelegationsChanged { get; init; } = [];

    /// <summary>Whether the write changed nothing a store keeps.</summary>
    public bool IsEmpty =>
        RegionsAdded.Count == 0 && AgreementsAdded.Count == 0 && AgreementsChanged.Count == 0
        && DelegationsAdded.Count == 0 && DelegationsChanged.Count == 0;
}
