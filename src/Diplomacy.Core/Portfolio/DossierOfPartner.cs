using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's question "what does the desk need to know about this partner", from its indexes.</summary>
internal static class DossierOfPartner
{
    private static readonly DateInterval AllDays = new(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    public static PartnerDossier Build(Register register, Region home, Region partner, LocalDate on, DossierOptions options)
    {
        var ties = register.TiesBetween(home, partner);
        var visits = register.Delegations.ExchangesWith(partner, AllDays, home);
        var commitments = register.Delegations.Of(home)
            .SelectMany(delegation => delegation.Commitments)
            .Where(commitment => Between(commitment, home, partner))
            .OrderBy(commitment => commitment.Due.Earliest ?? commitment.Due.Latest ?? LocalDate.MaxIsoValue)
            .ThenBy(commitment => commitment.Delegation.Value, StringComparer.Ordinal)
            .ThenBy(commitment => commitment.Number)
            .ToList();
        var gifts = visits
            .SelectMany(visit => GiftsOf(visit, partner))
            .OrderBy(gift => gift.Gift.At)
            .ToList();
        var coverage = register.Coverage(home, Cohort.Of(partner.Id.Value, [partner]), on, options.Criteria);
        return new PartnerDossier(home, partner, on, ties, visits, commitments, gifts,
            NextDates(register, home, on, options, ties, visits, commitments), coverage.Members[0].Outcome, register.LeadsFor(coverage, options.RecentSpan));
    }

    private static bool Between(Commitment commitment, Region home, Region partner) =>
        (commitment.OwedBy.IsWithin(home) && commitment.OwedTo.IsWithin(partner))
        || (commitment.OwedBy.IsWithin(partner) && commitment.OwedTo.IsWithin(home));

    /// <summary>
    /// An outbound visit's gifts at stops in the partner, an inbound visit's at every stop. A gift records which way it
    /// went for the delegation; an inbound delegation is the partner's, so what it handed over the home received, and
    /// what it was handed the home gave.
    /// </summary>
    private static IEnumerable<DossierGift> GiftsOf(Delegation visit, Region partner)
    {
        var inbound = visit.Direction == DelegationDirection.Inbound;
        return visit.Stops
            .Where(stop => inbound || stop.Place.IsWithin(partner))
            .SelectMany(stop => stop.Engagements.OfType<Gift>())
            .Select(gift => new DossierGift(gift, visit, Received: inbound == (gift.Direction == GiftDirection.ByDelegation)));
    }

    private static List<AgendaEntry> NextDates(
        Register register, Region home, LocalDate on, DossierOptions options,
        IReadOnlyList<Agreement> ties, IReadOnlyList<Delegation> visits, List<Commitment> commitments)
    {
        var window = new DateInterval(on, LastDay(on, options.Ahead));
        var about = new HashSet<object>(ReferenceEqualityComparer.Instance);
        about.UnionWith(ties);
        about.UnionWith(visits);
        about.UnionWith(commitments);
        var entries = AgendaOfHome.Find(ties, register.Delegations.Of(home), window, options.TermNotice)
            .Where(entry => entry.Commitment is { } commitment ? about.Contains(commitment) : about.Contains((object?)entry.Agreement ?? entry.Delegation!));
        return [.. AgendaOfHome.InOrder(entries)];
    }

    /// <summary>The last day of a look-ahead from a day, or the calendar's last day when the look-ahead would carry past it.</summary>
    private static LocalDate LastDay(LocalDate day, Period ahead) => CalendarSpan.After(day, ahead)?.PlusDays(-1) ?? LocalDate.MaxIsoValue;
}
