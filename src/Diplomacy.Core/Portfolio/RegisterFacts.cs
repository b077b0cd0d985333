using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// Everything a host stores of a register, in public types only: what <see cref="Register.ToFacts"/> gives and
/// <see cref="Register.Rebuild"/> takes back.
/// </summary>
/// <remarks>
/// <para>
/// The regions are stored as they are (a <see cref="Region"/>'s factories take everything it holds), parents before
/// their children, in the order of <see cref="RegionDirectory.Regions"/>. The agreements and delegations are stored as
/// their own facts, in the order the register holds them.
/// </para>
/// <para>
/// <see cref="DistinctTies"/> says which agreements stand beside a like tie held before them (same kind, same
/// parties, possibly in force at the same time): those the register accepted through <see cref="Register.AddDistinct"/>,
/// and those that became like an earlier tie after they were added (a renewal recorded later that makes two ties
/// overlap). The rebuild adds these with <see cref="Register.AddDistinct"/> and every other agreement with
/// <see cref="Register.Add(Agreement)"/>, which checks <see cref="DomainRule.AgreementMustNotDuplicateATie"/>.
/// </para>
/// <para>
/// Every collection is copied when set (a null list or item is refused with <see cref="ArgumentNullException"/>); equality
/// is by value, collections item by item in order. Immutable, and so safe to share between threads.
/// </para>
/// </remarks>
public sealed record RegisterFacts
{
    private readonly IReadOnlyList<Region> _regions = [];
    private readonly IReadOnlyList<AgreementFacts> _agreements = [];
    private readonly IReadOnlyList<AgreementId> _distinctTies = [];
    private readonly IReadOnlyList<DelegationFacts> _delegations = [];

    /// <summary>The regions, parents before their children.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<Region> Regions { get => _regions; init => _regions = FactLists.Copy(value, nameof(Regions)); }

    /// <summary>The agreements, in the order the register holds them.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<AgreementFacts> Agreements { get => _agreements; init => _agreements = FactLists.Copy(value, nameof(Agreements)); }

    /// <summary>The ids of the agreements that stand beside a like tie held before them, and are added as distinct.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    public IReadOnlyList<AgreementId> DistinctTies { get => _distinctTies; init => _distinctTies = FactLists.Copy(value, nameof(DistinctTies)); }

    /// <summary>The delegations, in the order they were recorded.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<DelegationFacts> Delegations { get => _delegations; init => _delegations = FactLists.Copy(value, nameof(Delegations)); }

    /// <inheritdoc />
    public bool Equals(RegisterFacts? other) =>
        other is not null
        && FactLists.Same(Regions, other.Regions)
        && FactLists.Same(Agreements, other.Agreements)
        && FactLists.Same(DistinctTies, other.DistinctTies)
        && FactLists.Same(Delegations, other.Delegations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Regions.Count, Agreements.Count, DistinctTies.Count, Delegations.Count);
}
