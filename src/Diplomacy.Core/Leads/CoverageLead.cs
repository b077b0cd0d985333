using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;
using NodaTime;

namespace Diplomacy.Core.Leads;

/// <summary>
/// A fact in the register that an office could build on to cover a missing or uncertain member: what kind of lead it
/// is, its evidence (an agreement, a delegation or a commitment) and a reason sentence in a language of
/// <see cref="TextLanguages"/>.
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Agreement"/>, <see cref="Delegation"/> and <see cref="Commitment"/> is set.
/// <see cref="Via"/> names the third region a lead goes through: the introducing partner, or the sub-region that holds
/// the tie. Equality is by value (the evidence by reference). Immutable, and so safe to share between threads.
/// </remarks>
/// <param name="Member">The member the lead is about.</param>
/// <param name="Date">The date of the coverage the lead was found for; the sentence tells an agreement's status on it.</param>
/// <param name="Kind">What kind of lead.</param>
/// <param name="Agreement">The agreement that is the evidence, or null.</param>
/// <param name="Delegation">The delegation that is the evidence, or null.</param>
/// <param name="Commitment">The commitment that is the evidence, or null.</param>
/// <param name="Via">The introducing partner, or the sub-region (of either side) holding the tie; null otherwise.</param>
public sealed record CoverageLead(Region Member, LocalDate Date, LeadKind Kind, Agreement? Agreement, Delegation? Delegation, Commitment? Commitment, Region? Via)
{
    /// <summary>The id of the evidence: the agreement's, the delegation's, or the commitment's (<c>delegation#number</c>).</summary>
    public string Evidence => Agreement?.Id.Value ?? Delegation?.Id.Value ?? Commitment!.SubjectId;

    /// <summary>
    /// The reason in a sentence in a language of <see cref="TextLanguages"/>, naming the member, the evidence and, where
    /// there is one, the region it goes through; a lapsed tie says how it lapsed in the words of a statistics table's
    /// kind of ending (<c>expired</c>, <c>기간 만료</c>).
    /// </summary>
    /// <param name="language">The language; a language not shipped reads English (region names fall back as <see cref="RegionNames.In(LanguageTag)"/> does).</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        var member = Member.Names.In(language).Text;
        var via = Via?.Names.In(language).Text;
        var kind = Agreement is null ? null : StatisticsText.Kind(Agreement.KindOn(Date) ?? Agreement.Kind, language);
        var status = Agreement is null ? null : StatisticsText.Ending(Agreement.StatusOn(Date).ToString(), language);
        return TextCatalog.Core.Format($"Lead.{Kind}", language, member, Evidence, kind, via, status, Commitment?.What);
    }

    /// <summary>The reason in English.</summary>
    /// <returns>The text of <see cref="ToText"/> in English.</returns>
    public override string ToString() => ToText(LanguageTag.Parse("en"));
}
