using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// One write to a hosted register: the command works on <see cref="Register"/> through the domain's own commands, and
/// names what it changed in place; what it added the edit finds by itself.
/// </summary>
/// <remarks>
/// Regions, agreements and delegations are added at the end of the register's lists, so what a write added is what
/// stands after the lengths the lists had when it began. An agreement or delegation changed in place (an event recorded,
/// a commitment done) cannot be seen from outside, so the command names it with <see cref="Changed(Agreement)"/> or
/// <see cref="Changed(Delegation)"/>.
/// </remarks>
public sealed class RegisterEdit
{
    private readonly int _regionsBefore;
    private readonly int _agreementsBefore;
    private readonly int _delegationsBefore;
    private readonly List<AgreementId> _distinct = [];
    private readonly List<Agreement> _agreementsChanged = [];
    private readonly List<Delegation> _delegationsChanged = [];

    internal RegisterEdit(Register register)
    {
        Register = register;
        _regionsBefore = register.Directory.Count;
        _agreementsBefore = register.Agreements.Count;
        _delegationsBefore = register.Delegations.Count;
    }

    /// <summary>The register the write works on.</summary>
    public Register Register { get; }

    internal bool ChangedAnything =>
        Register.Directory.Count != _regionsBefore || Register.Agreements.Count != _agreementsBefore
        || Register.Delegations.Count != _delegationsBefore || _agreementsChanged.Count > 0 || _delegationsChanged.Count > 0;

    /// <summary>Adds an agreement as distinct from a like tie the register holds (<see cref="Register.AddDistinct"/>).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="DomainRuleException">The register refuses it; nothing is added.</exception>
    public void AddDistinct(Agreement agreement)
    {
        Register.AddDistinct(agreement);
        _distinct.Add(agreement.Id);
    }

    /// <summary>Names an agreement of the register that the write changed in place.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="ArgumentException">The register does not hold this agreement.</exception>
    public void Changed(Agreement agreement)
    {
        Guard.Against.Null(agreement);
        if (!ReferenceEquals(Register.Find(agreement.Id), agreement))
        {
            throw new ArgumentException($"The register does not hold agreement {agreement.Id}.", nameof(agreement));
        }

        if (!_agreementsChanged.Contains(agreement))
        {
            _agreementsChanged.Add(agreement);
        }
    }

    /// <summary>Names a delegation of the register that the write changed in place.</summary>
    /// <param name="delegation">The delegation.</param>
    /// <exception cref="ArgumentException">The register does not hold this delegation.</exception>
    public void Changed(Delegation delegation)
    {
        Guard.Against.Null(delegation);
        if (!ReferenceEquals(Register.Delegations.Find(delegation.Id), delegation))
        {
            throw new ArgumentException($"The register does not hold delegation {delegation.Id}.", nameof(delegation));
        }

        if (!_delegationsChanged.Contains(delegation))
        {
            _delegationsChanged.Add(delegation);
        }
    }

    internal RegisterChange ToChange()
    {
        var agreementsAdded = Tail(Register.Agreements, _agreementsBefore);
        var agreementsChanged = _agreementsChanged.Except(agreementsAdded).ToList();
        var delegationsAdded = Tail(Register.Delegations.Delegations, _delegationsBefore);
        var rechecked = LikeTiesOf(agreementsChanged).Except(agreementsAdded).ToList();
        return new RegisterChange
        {
            RegionsAdded = Tail(Register.Directory.Regions, _regionsBefore),
            AgreementsAdded = agreementsAdded,
            DistinctTies = [.. _distinct, .. StandingBesideAnEarlierTie(rechecked)],
            AgreementsChanged = agreementsChanged,
            TiesRechecked = [.. rechecked.Select(agreement => agreement.Id)],
            DelegationsAdded = delegationsAdded,
            DelegationsChanged = [.. _delegationsChanged.Except(delegationsAdded)],
        };
    }

    /// <summary>
    /// Every agreement of the register between exactly the same parties as a changed one, the changed one among them, in
    /// the register's order: a renewal, an upgrade or a retraction may make one of them stand beside an earlier like tie,
    /// or no longer.
    /// </summary>
    private List<Agreement> LikeTiesOf(List<Agreement> changed)
    {
        var like = new List<Agreement>();
        foreach (var agreement in changed)
        {
            var between = Register.TiesBetween(agreement.Parties[0].Region, agreement.Parties[1].Region);
            foreach (var held in between)
            {
                if (held.Parties.Count == agreement.Parties.Count && agreement.Parties.All(party => held.HasParty(party.Region)) && !like.Contains(held))
                {
                    like.Add(held);
                }
            }
        }

        return like;
    }

    /// <summary>
    /// Which of these agreements stand beside a like tie held before them, as the register's own facts tell
    /// (<see cref="RegisterFacts.DistinctTies"/>): asked of a register that holds only them, since only ties between the
    /// same parties can be alike, and the whole register's facts would cost a write as much as the register is large.
    /// </summary>
    private static IEnumerable<AgreementId> StandingBesideAnEarlierTie(List<Agreement> agreements)
    {
        if (agreements.Count == 0)
        {
            return [];
        }

        var regions = agreements
            .SelectMany(agreement => agreement.Parties.SelectMany(party => party.Region.Ancestors.Prepend(party.Region)))
            .Distinct()
            .OrderBy(region => region.Ancestors.Length);
        var alone = Register.Open();
        alone.AddRegions(regions);
        foreach (var agreement in agreements)
        {
            alone.AddDistinct(agreement);
        }

        return alone.ToFacts().DistinctTies;
    }

    private static T[] Tail<T>(IReadOnlyList<T> list, int start)
    {
        var tail = new T[list.Count - start];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = list[start + i];
        }

        return tail;
    }
}
