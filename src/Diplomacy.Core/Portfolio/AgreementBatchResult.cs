using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>What <see cref="Register.TryAddRange"/> did with the agreements of a batch.</summary>
/// <remarks>
/// <see cref="Refused"/> lists every agreement refused, not only the first, in the order given, each judged against the
/// register and the batch's agreements before it that were not refused. An accepted batch puts every given agreement in
/// <see cref="Added"/>, in the order given. When something is refused, a batch in <see cref="BatchMode.AllOrNothing"/>
/// mode adds nothing (<see cref="Added"/> is empty), and one in <see cref="BatchMode.AddAccepted"/> mode adds every other
/// agreement (<see cref="Added"/> holds them in the order given): each given agreement is then in exactly one of the lists.
/// </remarks>
public sealed class AgreementBatchResult
{
    internal AgreementBatchResult(IReadOnlyList<Agreement> added, IReadOnlyList<AgreementRefusal> refused)
    {
        Added = added;
        Refused = refused;
    }

    /// <summary>The agreements the batch added, in the order given.</summary>
    public IReadOnlyList<Agreement> Added { get; }

    /// <summary>The agreements refused, each with the rule it broke; empty when the batch was accepted.</summary>
    public IReadOnlyList<AgreementRefusal> Refused { get; }

    /// <summary>Whether the batch was accepted whole: nothing refused, every agreement added.</summary>
    public bool IsAccepted => Refused.Count == 0;
}
