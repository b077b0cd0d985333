using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>
/// What a host sees of each agreement and delegation of its register from outside, as of the last commit: enough to
/// tell, after a write, every one that the write changed in place, without the write having to say so.
/// </summary>
/// <remarks>
/// Every command that changes an agreement or delegation in place adds to what it holds and never takes away: an event
/// recorded lengthens the history, a retraction moves an event from the history to the retractions, a field, contact,
/// source or note is added once, a stop gains an engagement, a commitment is made or settled once. So a mark of counts
/// that each such command raises (<see cref="AgreementMark"/>, <see cref="DelegationMark"/>) differs after any of them.
/// The register keeps its elements in the order added, so the marks are kept in that order too.
/// </remarks>
internal sealed class AggregateMarks
{
    private readonly List<AgreementMark> _agreements;
    private readonly List<DelegationMark> _delegations;

    private AggregateMarks(List<AgreementMark> agreements, List<DelegationMark> delegations)
    {
        _agreements = agreements;
        _delegations = delegations;
    }

    /// <summary>Marks every agreement and delegation of the register as it stands.</summary>
    public static AggregateMarks Of(Register register) =>
        new([.. register.Agreements.Select(AgreementMark.Of)], [.. register.Delegations.Delegations.Select(DelegationMark.Of)]);

    /// <summary>
    /// Where the agreements and delegations marked before stand in the register's lists, for those that changed since,
    /// in the register's order.
    /// </summary>
    public ChangedElements ChangedIn(Register register)
    {
        var agreements = new List<int>();
        for (var i = 0; i < _agreements.Count; i++)
        {
            if (AgreementMark.Of(register.Agreements[i]) != _agreements[i])
            {
                agreements.Add(i);
            }
        }

        var delegations = new List<int>();
        var held = register.Delegations.Delegations;
        for (var i = 0; i < _delegations.Count; i++)
        {
            if (DelegationMark.Of(held[i]) != _delegations[i])
            {
                delegations.Add(i);
            }
        }

        return new(agreements, delegations);
    }

    /// <summary>Takes in a committed write: marks anew the elements it changed, and marks those it added.</summary>
    public void Commit(Register register, ChangedElements changed)
    {
        foreach (var i in changed.Agreements)
        {
            _agreements[i] = AgreementMark.Of(register.Agreements[i]);
        }

        foreach (var i in changed.Delegations)
        {
            _delegations[i] = DelegationMark.Of(register.Delegations.Delegations[i]);
        }

        for (var i = _agreements.Count; i < register.Agreements.Count; i++)
        {
            _agreements.Add(AgreementMark.Of(register.Agreements[i]));
        }

        for (var i = _delegations.Count; i < register.Delegations.Count; i++)
        {
            _delegations.Add(DelegationMark.Of(register.Delegations.Delegations[i]));
        }
    }
}

/// <summary>The positions, in the register's lists, of the agreements and delegations a write changed in place.</summary>
internal sealed record ChangedElements(IReadOnlyList<int> Agreements, IReadOnlyList<int> Delegations)
{
    public bool IsEmpty => Agreements.Count == 0 && Delegations.Count == 0;
}

/// <summary>
/// Counts that every in-place command on an agreement raises. A retraction takes an event out of the history and adds
/// one retraction, so retractions count twice towards <see cref="Lifecycle"/>, which thus grows with every event
/// recorded or retracted.
/// </summary>
internal readonly record struct AgreementMark(int Lifecycle, int Fields, int ContactPersons, int Sources, int Notes, int EventSources)
{
    public static AgreementMark Of(Agreement agreement)
    {
        var history = agreement.History;
        var retractions = agreement.Retractions;
        return new(
            history.Count + (2 * retractions.Count),
            agreement.Fields.Count,
            agreement.ContactPersons.Count,
            agreement.Sources.Count,
            agreement.Notes.Count,
            EventSourcesOf(agreement, history, retractions));
    }

    private static int EventSourcesOf(Agreement agreement, IReadOnlyList<IAgreementEvent> history, IReadOnlyList<AgreementEventRetracted> retractions)
    {
        var count = 0;
        foreach (var fact in history)
        {
            count += agreement.SourcesOf(fact).Count;
        }

        foreach (var retraction in retractions)
        {
            count += agreement.SourcesOf(retraction.Retracted).Count;
        }

        return count;
    }
}

/// <summary>Counts that every in-place command on a delegation raises: members, organisations, stops, engagements, commitments made and settled.</summary>
internal readonly record struct DelegationMark(int Members, int Organizations, int Stops, int Engagements, int Commitments, int Settled)
{
    public static DelegationMark Of(Delegation delegation) => new(
        delegation.Members.Count,
        delegation.Organizations.Count,
        delegation.Stops.Count,
        delegation.Stops.Sum(stop => stop.Engagements.Length),
        delegation.Commitments.Count,
        delegation.Commitments.Count(commitment => commitment.Status != CommitmentStatus.Open));
}
