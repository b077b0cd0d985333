using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's batches of agreements: many added in one call, all or nothing.</summary>
public sealed partial class Register
{
    /// <summary>
    /// Adds many agreements in one call, all or nothing: each is checked as <see cref="Add(Agreement)"/> (or
    /// <see cref="AddDistinct"/>) checks it, against the register and the batch's agreements before it, and at the first
    /// refusal nothing of the batch stays. The register's list, its id index and its index of parties' pairs grow once for
    /// the whole batch.
    /// </summary>
    /// <param name="agreements">The agreements, added in the order given.</param>
    /// <param name="distinct">
    /// Whether each agreement is known to be a tie of its own, so that the likely-duplicate check of <see cref="Add(Agreement)"/>
    /// is skipped, as <see cref="AddDistinct"/> does: for a register rebuilt from its own stored facts, say.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> or one of them is null; nothing is added.</exception>
    /// <exception cref="DomainRuleException">
    /// The first agreement refused, with the rule it broke (<see cref="DomainRule.AgreementPartyMustBeInRegister"/>,
    /// <see cref="DomainRule.AgreementMustBeRegisteredOnce"/>, <see cref="DomainRule.AgreementMustNotDuplicateATie"/>).
    /// Nothing is added.
    /// </exception>
    /// <example>
    /// <code>
    /// var register = Register.Open();
    /// register.AddRegions(regions);
    /// register.AddRange(agreements);   // every one, or none
    /// </code>
    /// </example>
    public void AddRange(IEnumerable<Agreement> agreements, bool distinct = false)
    {
        var result = AddBatch(agreements, distinct, reportEvery: false);
        if (!result.IsAccepted)
        {
            throw result.Refused[0].ToException();
        }
    }

    /// <summary>
    /// Adds many agreements in one call, all or nothing, as <see cref="AddRange"/> does; instead of throwing at the first
    /// refusal, it checks every agreement and reports every one it refused.
    /// </summary>
    /// <param name="agreements">The agreements, added in the order given.</param>
    /// <param name="distinct">Whether each agreement is known to be a tie of its own (see <see cref="AddRange"/>).</param>
    /// <returns>What was added and what was refused; nothing is added when anything is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> or one of them is null; nothing is added.</exception>
    /// <example>
    /// <code>
    /// var result = register.TryAddRange(agreements);
    /// if (!result.IsAccepted)
    /// {
    ///     foreach (var refusal in result.Refused)
    ///     {
    ///         Console.WriteLine($"{refusal.Agreement.Id}: {refusal.Rule}: {refusal.Reason}");
    ///     }
    /// }
    /// </code>
    /// </example>
    public AgreementBatchResult TryAddRange(IEnumerable<Agreement> agreements, bool distinct = false) =>
        AddBatch(agreements, distinct, reportEvery: true);

    private AgreementBatchResult AddBatch(IEnumerable<Agreement> agreements, bool distinct, bool reportEvery)
    {
        Guard.Against.Null(agreements);
        var given = agreements as IReadOnlyList<Agreement> ?? [.. agreements];
        foreach (var agreement in given)
        {
            Guard.Against.Null(agreement, nameof(agreements));
        }

        var first = _agreements.Count;
        _agreements.EnsureCapacity(first + given.Count);
        _byId.EnsureCapacity(_byId.Count + given.Count);
        _byPair.EnsureCapacity(given.Count);
        var refused = new List<AgreementRefusal>();
        foreach (var agreement in given)
        {
            if (Refusal(agreement, distinct) is not { } refusal)
            {
                Accept(agreement);
                continue;
            }

            refused.Add(refusal);
            if (!reportEvery)
            {
                break;
            }
        }

        if (refused.Count == 0)
        {
            return new AgreementBatchResult(_agreements[first..], []);
        }

        for (var index = _agreements.Count - 1; index >= first; index--)
        {
            Withdraw(_agreements[index]);
        }

        return new AgreementBatchResult([], refused);
    }

    /// <summary>Takes back the last agreement accepted, which stands last in every list it was filed in.</summary>
    private void Withdraw(Agreement agreement)
    {
        _byId.Remove(agreement.Id);
        _agreements.RemoveAt(_agreements.Count - 1);
        _byPair.Withdraw(agreement);
        foreach (var party in agreement.PartyArray)
        {
            ref var ties = ref CollectionsMarshal.GetValueRefOrNullRef(_byRegion, party.Region);
            RemoveLast(ties.Own, agreement);
            RemoveLast(ties.Within, agreement);
            foreach (var ancestor in party.Region.Ancestors)
            {
                RemoveLast(CollectionsMarshal.GetValueRefOrNullRef(_byRegion, ancestor).Within, agreement);
            }
        }
    }

    private static void RemoveLast(List<Agreement>? list, Agreement agreement)
    {
        if (list is { Count: > 0 } && ReferenceEquals(list[^1], agreement))
        {
            list.RemoveAt(list.Count - 1);
        }
    }
}
