using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>What <see cref="Register.TryAddRange"/> did with the agreements of a batch.</summary>
/// <remarks>
/// An accepted batch puts every given agreement in <see cref="Added"/>, in the order given. A batch with any refusal
/// adds nothing: <see cref="Added"/> is then empty and <see cref="Refused"/> lists every agreement refused, each
/// judged against the register and the batch's agreements before it that were not refused, not only the first.
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

    /// <summary>Whether the batch was accepted: nothing refused, every agreement added.</summary>
    public bool IsAccepted => Refused.Count == 0;
}
