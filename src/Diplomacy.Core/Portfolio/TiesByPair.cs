using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The register's ties filed under each unordered pair of their parties, in the order they were added: the duplicate
/// check and "which ties bind A and B" read the ties of one pair, never the thousands of a hub.
/// </summary>
/// <remarks>
/// A tie of n parties is filed under its n(n-1)/2 pairs. A pair with one tie holds the agreement itself, and only a pair
/// with more holds a list: most pairs of a register have one tie, and a list for each would weigh more than the index.
/// </remarks>
internal sealed class TiesByPair
{
    private readonly Dictionary<RegionPair, object> _ties = [];

    /// <summary>Makes room for a batch of agreements, most of them ties of two parties, without growing the index on the way.</summary>
    public void EnsureCapacity(int more) => _ties.EnsureCapacity(_ties.Count + more);

    /// <summary>Files an agreement under every pair of its parties.</summary>
    public void File(Agreement agreement)
    {
        var parties = agreement.PartyArray;
        for (var first = 0; first < parties.Length - 1; first++)
        {
            for (var second = first + 1; second < parties.Length; second++)
            {
                var pair = new RegionPair(parties[first].Region, parties[second].Region);
                if (!_ties.TryGetValue(pair, out var held))
                {
                    _ties.Add(pair, agreement);
                }
                else if (held is List<Agreement> list)
                {
                    list.Add(agreement);
                }
                else
                {
                    _ties[pair] = new List<Agreement>(2) { (Agreement)held, agreement };
                }
            }
        }
    }

    /// <summary>Takes back the last agreement filed, which stands last under every pair of its parties.</summary>
    public void Withdraw(Agreement agreement)
    {
        var parties = agreement.PartyArray;
        for (var first = 0; first < parties.Length - 1; first++)
        {
            for (var second = first + 1; second < parties.Length; second++)
            {
                var pair = new RegionPair(parties[first].Region, parties[second].Region);
                if (_ties[pair] is List<Agreement> list)
                {
                    list.RemoveAt(list.Count - 1);
                }
                else
                {
                    _ties.Remove(pair);
                }
            }
        }
    }

    /// <summary>The ties of which both regions are parties, in the order they were added, read without an allocation.</summary>
    public PairTies Of(Region first, Region second) => new(_ties.GetValueOrDefault(new RegionPair(first, second)));

    /// <summary>
    /// The ties that bind every party of an agreement (the agreement itself when it is held), in the order they were
    /// added: the ties of its first two parties that the others are parties to as well.
    /// </summary>
    public IEnumerable<Agreement> BindingEveryPartyOf(Agreement agreement)
    {
        var parties = agreement.PartyArray;
        var ofFirstTwo = Of(parties[0].Region, parties[1].Region).AsList();
        return parties.Length == 2
            ? ofFirstTwo
            : ofFirstTwo.Where(held => parties.All(party => held.HasParty(party.Region)));
    }
}
