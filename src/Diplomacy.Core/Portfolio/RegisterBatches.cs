using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's batches of agreements: many added in one call, all or nothing or keeping what passes.</summary>
public sealed partial class Register
{
    /// <summary>
    /// Adds many agreements in one call, all or nothing: each is checked as <see cref="Add(Agreement)"/> (or
    /// <see cref="AddDistinct"/>) checks it, against the register and the batch's agreements before it, and at the first
    /// refusal nothing of the batch stays. The register's list, its id index and its index of parties' pairs grow once for
    /// the whole batch.
    /// </summary>
    /// <remarks>
    /// A batch of 4,096 agreements or more is filed on two threads at once, the list, the id index and the pairs' index on
    /// one and the regions' index on the other, each in the order given, so that the register ends exactly as one thread
    /// would leave it; the call returns when both are done. When either finds a refusal, both take back what they filed
    /// and the batch is judged again on one thread, which reports the refusal as a batch of any size does: a refused large
    /// batch costs about twice an accepted one.
    /// </remarks>
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
        var result = AddBatch(agreements, distinct, BatchMode.AllOrNothing, reportEvery: false);
        if (!result.IsAccepted)
        {
            throw result.Refused[0].ToException();
        }
    }

    /// <summary>
    /// Adds many agreements in one call and reports every refusal instead of throwing at the first. With
    /// <see cref="BatchMode.AllOrNothing"/> (the default) it adds nothing when anything is refused, as <see cref="AddRange"/>
    /// does; with <see cref="BatchMode.AddAccepted"/> it keeps every agreement the rules accept.
    /// </summary>
    /// <remarks>
    /// Each agreement is checked as <see cref="Add(Agreement)"/> (or <see cref="AddDistinct"/>) checks it, in the order
    /// given, against the register and the batch's agreements before it that were accepted: a refused agreement is never
    /// held, so a later one is not refused for repeating it, and a later one that repeats an accepted one is. In
    /// <see cref="BatchMode.AddAccepted"/> mode the register ends as a loop of <see cref="Add(Agreement)"/> calls that
    /// catches each refusal would leave it, with the same ties in the same order under every region and pair. A large
    /// batch is filed on two threads as <see cref="AddRange"/> says.
    /// </remarks>
    /// <param name="agreements">The agreements, added in the order given.</param>
    /// <param name="distinct">Whether each agreement is known to be a tie of its own (see <see cref="AddRange"/>).</param>
    /// <param name="mode">Whether a refusal keeps the whole batch out (the default) or only the refused agreement.</param>
    /// <returns>
    /// What was added and what was refused, each refusal with the agreement's index in the batch and the rule it broke.
    /// In <see cref="BatchMode.AllOrNothing"/> mode nothing is added when anything is refused.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> or one of them is null; nothing is added.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="BatchMode"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// var result = register.TryAddRange(agreements, mode: BatchMode.AddAccepted);
    /// Console.WriteLine($"{result.Added.Count} added");
    /// foreach (var refusal in result.Refused)
    /// {
    ///     Console.WriteLine($"#{refusal.Index} {refusal.Agreement.Id}: {refusal.Rule}: {refusal.Reason}");
    /// }
    /// </code>
    /// </example>
    public AgreementBatchResult TryAddRange(IEnumerable<Agreement> agreements, bool distinct = false, BatchMode mode = BatchMode.AllOrNothing)
    {
        Guard.Against.EnumOutOfRange(mode);
        return AddBatch(agreements, distinct, mode, reportEvery: true);
    }

    private AgreementBatchResult AddBatch(IEnumerable<Agreement> agreements, bool distinct, BatchMode mode, bool reportEvery)
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
        if (given.Count >= LargeBatch.MinimumSize && FiledOnTwoThreads(given, distinct))
        {
            return new AgreementBatchResult(_agreements[first..], []);
        }

        var refused = new List<AgreementRefusal>();
        for (var index = 0; index < given.Count; index++)
        {
            var agreement = given[index];
            // Not a pattern in the guard: an emptied exit must still compile (tests/MUTATION.md, safe mode).
            var refusal = Refusal(agreement, distinct, index);
            if (refusal is null)
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

        // What the register took from the batch stands last in its list, in the order given.
        if (refused.Count == 0 || mode == BatchMode.AddAccepted)
        {
            return new AgreementBatchResult(_agreements[first..], refused);
        }

        for (var index = _agreements.Count - 1; index >= first; index--)
        {
            Withdraw(_agreements[index]);
        }

        return new AgreementBatchResult([], refused);
    }

    /// <summary>
    /// Files a batch with no refusal in it on two threads at once, each with indexes of its own to check and fill: one the
    /// list, the id index and the pairs' index (the id and duplicate checks), the other the regions' index (the party
    /// check). Each files in the order given and stops at its first refusal; then both take back what they filed and the
    /// batch is given to the one-thread path, which judges and reports each refusal against the agreements accepted before
    /// it, in the rules' order.
    /// </summary>
    /// <returns>Whether the whole batch was filed; when not, nothing of it stays.</returns>
    private bool FiledOnTwoThreads(IReadOnlyList<Agreement> batch, bool distinct)
    {
        var records = 0;
        var underRegions = 0;
        Parallel.Invoke(
            () => records = FileRecordsUntilRefused(batch, distinct),
            () => underRegions = FileUnderRegionsUntilRefused(batch));
        if (records == batch.Count && underRegions == batch.Count)
        {
            return true;
        }

        for (var index = records - 1; index >= 0; index--)
        {
            WithdrawRecord(batch[index]);
        }

        for (var index = underRegions - 1; index >= 0; index--)
        {
            WithdrawFromRegions(batch[index]);
        }

        return false;
    }

    /// <returns>How many agreements, from the first, were filed before the first refused.</returns>
    private int FileRecordsUntilRefused(IReadOnlyList<Agreement> batch, bool distinct)
    {
        for (var index = 0; index < batch.Count; index++)
        {
            if (RecordRefusal(batch[index], distinct, index) is not null)
            {
                return index;
            }

            FileRecord(batch[index]);
        }

        return batch.Count;
    }

    /// <returns>How many agreements, from the first, were filed before the first refused.</returns>
    private int FileUnderRegionsUntilRefused(IReadOnlyList<Agreement> batch)
    {
        for (var index = 0; index < batch.Count; index++)
        {
            if (PartyRefusal(batch[index], index) is not null)
            {
                return index;
            }

            FileUnderRegions(batch[index]);
        }

        return batch.Count;
    }

    /// <summary>Takes back the last agreement accepted, which stands last in every list it was filed in.</summary>
    private void Withdraw(Agreement agreement)
    {
        WithdrawRecord(agreement);
        WithdrawFromRegions(agreement);
    }

    private void WithdrawRecord(Agreement agreement)
    {
        _byId.Remove(agreement.Id);
        _agreements.RemoveAt(_agreements.Count - 1);
        _byPair.Withdraw(agreement);
    }

    private void WithdrawFromRegions(Agreement agreement)
    {
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
