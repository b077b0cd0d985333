using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// What a newcomer to the desk needs about one partner of a home, on a day: the ties and their histories, the visits
/// both ways, the commitments between them, the gifts given and received, the contact persons, the sources, the next
/// dates and, when the partner is not covered, the leads. Built by <see cref="Register.DossierOf"/>.
/// </summary>
/// <remarks>
/// <para>
/// The ties are the home's own with the partner itself, as <see cref="Register.TiesBetween(Region, Region)"/> gives
/// them, whatever their status (a lapsed tie is part of the record); ties of places inside either side show as leads
/// (<see cref="LeadKind.SubregionTie"/>). Visits, commitments and gifts are those of the home's delegations and of
/// places inside it, with the partner or places inside it, past and planned.
/// </para>
/// <para>
/// The lists are snapshots taken when the dossier was built; the agreements, delegations and commitments in them are
/// the register's live objects. Not thread-safe while the register changes.
/// </para>
/// </remarks>
public sealed class PartnerDossier
{
    internal PartnerDossier(
        Region home,
        Region partner,
        LocalDate on,
        IReadOnlyList<Agreement> ties,
        IReadOnlyList<Delegation> visits,
        IReadOnlyList<Commitment> commitments,
        IReadOnlyList<DossierGift> gifts,
        IReadOnlyList<AgendaEntry> nextDates,
        CoverageOutcome coverage,
        IReadOnlyList<CoverageLead> leads)
    {
        Home = home;
        Partner = partner;
        On = on;
        Ties = ties;
        Visits = visits;
        Commitments = commitments;
        Gifts = gifts;
        GiftLedger = new GiftLedger(gifts);
        NextDates = nextDates;
        Coverage = coverage;
        Leads = leads;
        ContactPersons = [.. ties.SelectMany(tie => tie.ContactPersons).Distinct()];
        Sources = [.. ties.SelectMany(tie => tie.Sources.Concat(tie.History.Concat(tie.Retractions.Select(retraction => retraction.Retracted)).SelectMany(tie.SourcesOf))).Distinct()];
    }

    /// <summary>The home region whose desk reads the dossier.</summary>
    public Region Home { get; }

    /// <summary>The partner the dossier is about.</summary>
    public Region Partner { get; }

    /// <summary>The day the dossier was built for: statuses, open commitments and the next dates are read on it.</summary>
    public LocalDate On { get; }

    /// <summary>The home's own ties with the partner, whatever their status, in the order they were added; each carries its history.</summary>
    public IReadOnlyList<Agreement> Ties { get; }

    /// <summary>The visits both ways, past and planned, by the instant they start, then by id; each carries its stops and engagements.</summary>
    public IReadOnlyList<Delegation> Visits { get; }

    /// <summary>
    /// The commitments between the home (or a place inside it) and the partner (or a place inside it), owed either way,
    /// open, kept or dropped (<see cref="Commitment.StatusOn"/> with <see cref="On"/> tells which): by due date (the
    /// earliest day it may fall on, else the latest), those due on an unknown day last, then by delegation and number.
    /// </summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>The gifts given to the partner and received from it, by the time they were handed over, then in the order of the visits.</summary>
    public IReadOnlyList<DossierGift> Gifts { get; }

    /// <summary>The gifts year by year: given, received and balance per currency, and the gifts without a value counted apart.</summary>
    public GiftLedger GiftLedger { get; }

    /// <summary>The contact persons named on the ties, both sides, each once, in the order the ties list them.</summary>
    public IReadOnlyList<ContactPerson> ContactPersons { get; }

    /// <summary>Where the ties' facts came from: the sources of each tie and of each of its events, each once.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>
    /// What comes up with the partner from <see cref="On"/> for <see cref="DossierOptions.Ahead"/>: the entries of
    /// <see cref="Register.AgendaOf"/> about its ties, its visits and the commitments between them.
    /// </summary>
    public IReadOnlyList<AgendaEntry> NextDates { get; }

    /// <summary>
    /// Whether the home's ties cover the partner on <see cref="On"/> by <see cref="DossierOptions.Criteria"/>: covered,
    /// uncertain (a tie that could count, whose status or kind on the day is not known), or missing.
    /// </summary>
    public CoverageOutcome Coverage { get; }

    /// <summary>
    /// What the home could build on, when the ties do not cover the partner on <see cref="On"/> by
    /// <see cref="DossierOptions.Criteria"/>; empty when they do. See <see cref="Register.LeadsFor"/>.
    /// </summary>
    public IReadOnlyList<CoverageLead> Leads { get; }

    /// <summary>
    /// The gifts, given and received, whose value exceeds a threshold (strictly greater, in the threshold's currency),
    /// with those valued in another currency listed as not comparable and those without a value listed apart.
    /// </summary>
    /// <param name="threshold">The value a gift must exceed to be flagged, for example a declaration rule's 100,000 won.</param>
    /// <returns>The gifts over the threshold, those not comparable and those without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is null.</exception>
    /// <example>
    /// <code>
    /// var declare = dossier.GiftsOver(new Money(100_000m, new CurrencyCode("KRW")));
    /// foreach (var gift in declare.Over.Where(gift => gift.Received)) { /* to be declared */ }
    /// </code>
    /// </example>
    public GiftThresholdCheck GiftsOver(Money threshold) => new(Guard.Against.Null(threshold), Gifts);
}
