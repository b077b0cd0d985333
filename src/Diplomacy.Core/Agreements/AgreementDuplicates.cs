using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>The one definition of a likely-duplicate tie, which the register, the importers and hosts share.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// Whether this agreement likely records the same tie as another: the same kind (after every recorded event),
    /// between the same regions in any order, with times in force that possibly overlap. A register refuses the
    /// second (<see cref="DomainRule.AgreementMustNotDuplicateATie"/>); an importer folds a row into the first.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A time in force is every day on which the agreement is, or may be, in force or suspended (a suspended tie still
    /// binds). So a tie whose dates are unknown possibly overlaps any other, and a list's pair written again in the
    /// other order is the same tie; a tie signed again while the first still binds is the first renewed; but a tie
    /// signed after the first one ended (terminated, expired, superseded) is another tie, as registers such as GAOK
    /// and Wikidata record a re-established twinning.
    /// </para>
    /// <para>Symmetric; an agreement is a likely duplicate of itself once it has a time in force.</para>
    /// </remarks>
    /// <param name="other">The agreement to compare with.</param>
    /// <returns><see langword="true"/> when both are of one kind between the same regions and may bind on a common day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <example>
    /// <code>
    /// var again = Agreement.Sign(new("suwon-ashgabat-2"), AgreementKind.SisterCity, [ashgabat, suwon], PartialDate.Unknown);
    /// again.IsLikelyDuplicateOf(suwonAshgabat);   // true: the same tie, its date not known
    /// </code>
    /// </example>
    public bool IsLikelyDuplicateOf(Agreement other)
    {
        Guard.Against.Null(other);
        return other.Kind == Kind && HasTheSamePartiesAs(other) && TimesInForceOverlap(other);
    }

    private bool HasTheSamePartiesAs(Agreement other) =>
        other.Parties.Count == Parties.Count && Parties.All(party => other.HasParty(party.Region));

    private bool TimesInForceOverlap(Agreement other)
    {
        foreach (var x in StatusTimeline.Where(MayBind))
        {
            foreach (var y in other.StatusTimeline.Where(MayBind))
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
