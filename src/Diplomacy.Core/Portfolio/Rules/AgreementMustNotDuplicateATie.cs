using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Portfolio.Rules;

/// <summary>
/// A register holds one agreement of a kind between the same parties at a time: a second one of the same kind (after
/// every recorded event), between the same regions, whose time in force possibly overlaps the first's, is refused.
/// </summary>
/// <remarks>
/// An agreement's time in force is every day on which it is, or may be, in force or suspended (a suspended tie still
/// binds). Both a tie renewed by a new signing recorded twice and an upgrade recorded as a new agreement are caught;
/// a later tie that follows the end of the first one is not.
/// </remarks>
internal static class AgreementMustNotDuplicateATie
{
    public static void Check(Agreement candidate, IEnumerable<Agreement> held)
    {
        if (Repeated(candidate, held) is { } other)
        {
            throw new DomainRuleException(
                DomainRule.AgreementMustNotDuplicateATie,
                candidate.Id.Value,
                $"The agreement {candidate.Id} repeats {other.Id} ({other.Kind} between the same parties, in force at the same time); "
                + "record the later act on the first agreement, or add it as distinct.");
        }
    }

    /// <summary>The first held agreement that <paramref name="candidate"/> repeats, or null: the rule's test, for a register that must say which of its ties stand beside a like one.</summary>
    public static Agreement? Repeated(Agreement candidate, IEnumerable<Agreement> held) =>
        held.FirstOrDefault(other => other.Kind == candidate.Kind && SameParties(candidate, other) && TimesInForceOverlap(candidate, other));

    private static bool SameParties(Agreement a, Agreement b) =>
        a.Parties.Count == b.Parties.Count && a.Parties.All(party => b.HasParty(party.Region));

    private static bool TimesInForceOverlap(Agreement a, Agreement b)
    {
        foreach (var x in a.StatusTimeline.Where(MayBind))
        {
            foreach (var y in b.StatusTimeline.Where(MayBind))
            {
                if (x.From <= (y.To ?? LocalDate.MaxIsoValue) && y.From <= (x.To ?? LocalDate.MaxIsoValue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MayBind(AgreementStatusSpan span) =>
        span.Status is AgreementStatus.InForce or AgreementStatus.Suspended or AgreementStatus.Uncertain;
}
