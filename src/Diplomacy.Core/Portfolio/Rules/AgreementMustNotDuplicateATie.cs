using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio.Rules;

/// <summary>
/// A register holds one agreement of a kind between the same parties at a time: a second one that is a likely
/// duplicate of a held one (<see cref="Agreement.IsLikelyDuplicateOf"/>, the one definition) is refused.
/// </summary>
/// <remarks>
/// Both a tie renewed by a new signing recorded twice and an upgrade recorded as a new agreement are caught; a later
/// tie that follows the end of the first one is not.
/// </remarks>
internal static class AgreementMustNotDuplicateATie
{
    /// <summary>Why the candidate repeats a held tie, or null when it does not; the register throws it, or a batch reports it.</summary>
    public static string? Breach(Agreement candidate, IEnumerable<Agreement> held)
    {
        if (Repeated(candidate, held) is { } other)
        {
            return $"The agreement {candidate.Id} repeats {other.Id} ({other.Kind} between the same parties, in force at the same time); "
                + "record the later act on the first agreement, or add it as distinct.";
        }

        return null;
    }

    /// <summary>The first held agreement that <paramref name="candidate"/> repeats, or null: the rule's test, for a register that must say which of its ties stand beside a like one.</summary>
    public static Agreement? Repeated(Agreement candidate, IEnumerable<Agreement> held) =>
        held.FirstOrDefault(candidate.IsLikelyDuplicateOf);
}
