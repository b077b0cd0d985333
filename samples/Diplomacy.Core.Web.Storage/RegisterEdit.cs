using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// One write to a hosted register: the command works on <see cref="Register"/> through the domain's own commands, and
/// the edit finds by itself everything the write added or changed, so that nothing it did can miss the store.
/// </summary>
/// <remarks>
/// Regions, agreements and delegations are added at the end of the register's lists, so what a write added is what
/// stands after the lengths the lists had when it began. What it changed in place (an event recorded or retracted, a
/// source added, a commitment done) the edit finds by comparing each agreement and delegation with its mark as of the
/// last commit (<see cref="AggregateMarks"/>): a command cannot forget to say what it changed, because it never says.
/// </remarks>
public sealed class RegisterEdit
{
    private readonly int _regionsBefore;
    private readonly int _agreementsBefore;
    private readonly int _delegationsBefore;
    private readonly AggregateMarks _marks;
    private readonly List<AgreementId> _distinct = [];

    internal RegisterEdit(Register register, AggregateMarks marks)
    {
        Register = register;
        _marks = marks;
        _regionsBefore = register.Directory.Count;
        _agreementsBefore = register.Agreements.Count;
        _delegationsBefore = register.Delegations.Count;
    }

    /// <summary>The register the write works on.</summary>
    public Register Register { get; }

    internal bool ChangedAnything =>
        Register.Directory.Count != _regionsBefore || Register.Agreements.Count != _agreementsBefore
        || Register.Delegations.Count != _delegationsBefore || !_marks.ChangedIn(Register).IsEmpty;

    /// <summary>Adds an agreement as distinct from a like tie the register holds (<see cref="Register.AddDistinct"/>).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="DomainRuleException">The register refuses it; nothing is added.</exception>
    public void AddDistinct(Agreement agreement)
    {
        Register.AddDistinct(agreement);
        _distinct.Add(agreement.Id);
    }

    internal RegisterChange ToChange(ChangedElements changed)
    {
        var agreementsAdded = Tail(Register.Agreements, _agreementsBefore);
        var agreementsChanged = changed.Agreements.Select(i => Register.Agreements[i]).ToList();
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
            DelegationsChanged = [.. changed.Delegations.Select(i => Register.Delegations.Delegations[i])],
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
