using Ardalis.GuardClauses;
using Diplomacy.Core.Delegations.Rules;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// A register of many delegations, indexed by partner region, that answers the everyday questions about
/// visits: which delegations went to or came from a partner in a period, when the last exchange with a partner
/// was, how many visits went each way, and which commitments are overdue.
/// </summary>
/// <remarks>
/// <para>
/// <b>Partners.</b> A delegation's partners are the places an outbound delegation stopped in and the origin of
/// an inbound one (see <see cref="Delegation.Partners"/>). A question about a partner also counts the places
/// inside it: a stop in Pudong counts for Shanghai, and a stop in Shanghai counts for China. A partner's days
/// are a stop's days in the stop's zone (arrival's date to departure's date) or, for an inbound delegation, the
/// trip's days in the home zone. A delegation with no stops yet has no outbound exchange with anyone. Every
/// period (<see cref="DateInterval"/>) includes both its ends, and a delegation is in a period when one of its
/// days with the partner is.
/// </para>
/// <para>
/// <b>Home.</b> A log may hold the delegations of several home regions (a national body's register). The
/// partner questions take an optional <c>home</c>: when given, only delegations whose home is it or lies inside
/// it count; when null, every delegation counts.
/// </para>
/// <para>
/// <b>Staying current.</b> The log follows its delegations: a stop or commitment added to a recorded delegation
/// is in the next answer, with no need to record it again. Questions about a partner touch only the delegations
/// that ever had an exchange with it or a place inside it.
/// </para>
/// <para>
/// <b>Thread safety.</b> Every question is safe from many threads at once while no one writes: the overdue index, built
/// on the first question after a change, is built whole and then published, so racing readers each see a complete one.
/// Writes are single-writer: record delegations, and change the recorded ones, from one thread at a time and while no
/// question runs.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var log = new DelegationLog();
/// log.Record(trip);                                                    // Gyeonggi's visit to China, Sept 2025
/// log.LastExchangeWith(shanghai, new LocalDate(2026, 1, 1));           // 2025-09-26: the day it left Shanghai
/// log.VisitsWith(shanghai, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))); // 1 out, 0 in
/// log.CommitmentsOverdueOn(new LocalDate(2025, 12, 1));                // the November trade fair, if still open
/// </code>
/// </example>
public sealed class DelegationLog
{
    private readonly List<Delegation> _delegations = [];
    private readonly Dictionary<DelegationId, Delegation> _byId = [];
    private readonly Dictionary<RegionId, List<Delegation>> _byPartner = [];
    private readonly Dictionary<Delegation, HashSet<RegionId>> _partnerKeys = new(ReferenceEqualityComparer.Instance);
    private OverdueCommitmentIndex? _overdue;

    /// <summary>Creates an empty log.</summary>
    public DelegationLog() => Delegations = _delegations.AsReadOnly();

    /// <summary>The delegations recorded, in the order they were recorded.</summary>
    public IReadOnlyList<Delegation> Delegations { get; }

    /// <summary>How many delegations are recorded.</summary>
    public int Count => _delegations.Count;

    /// <summary>Records a delegation; the log follows its later changes.</summary>
    /// <param name="delegation">The delegation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="delegation"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A delegation with the same id is already recorded (<see cref="DomainRule.DelegationMustBeRecordedOnce"/>).
    /// </exception>
    public void Record(Delegation delegation)
    {
        Guard.Against.Null(delegation);
        DelegationMustBeRecordedOnce.Check(_byId, delegation);
        _byId.Add(delegation.Id, delegation);
        _delegations.Add(delegation);
        _partnerKeys.Add(delegation, []);
        Index(delegation);
        delegation.Changed += Index;
    }

    /// <summary>Finds a recorded delegation by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The delegation, or null when none has that id.</returns>
    public Delegation? Find(DelegationId id) => _byId.GetValueOrDefault(id);

    /// <summary>The delegations that went to a partner (or a place inside it) or came from it, on a day of the period.</summary>
    /// <param name="partner">The partner region.</param>
    /// <param name="period">The days asked about, both ends inclusive.</param>
    /// <param name="home">Only delegations whose home is this region or lies inside it; null for every home.</param>
    /// <returns>The delegations, by the instant their trips start, then by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<Delegation> ExchangesWith(Region partner, DateInterval period, Region? home = null)
    {
        Guard.Against.Null(period);
        return [.. ExchangeDays(partner, home)
            .Where(exchange => Overlap(exchange.Days, period))
            .Select(exchange => exchange.Delegation)
            .Distinct()
            .OrderBy(delegation => delegation.Start.ToInstant())
            .ThenBy(delegation => delegation.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The last day, on or before a day, that a delegation was with a partner: the last day of a stop in the
    /// partner (or a place inside it), or the last day of a visit from it. Used to tell a dormant tie.
    /// </summary>
    /// <param name="partner">The partner region.</param>
    /// <param name="asOf">The day asked from; an exchange still going on that day gives that day.</param>
    /// <param name="home">Only delegations whose home is this region or lies inside it; null for every home.</param>
    /// <returns>The day, or null when no exchange with the partner began on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    public LocalDate? LastExchangeWith(Region partner, LocalDate asOf, Region? home = null)
    {
        LocalDate? last = null;
        foreach (var (_, days) in ExchangeDays(partner, home))
        {
            if (days.Start <= asOf)
            {
                var day = days.End < asOf ? days.End : asOf;
                last = last is { } known && known >= day ? known : day;
            }
        }

        return last;
    }

    /// <summary>How many delegations went to a partner (or a place inside it) and came from it in a period.</summary>
    /// <param name="partner">The partner region.</param>
    /// <param name="period">The days asked about, both ends inclusive.</param>
    /// <param name="home">Only delegations whose home is this region or lies inside it; null for every home.</param>
    /// <returns>The visits each way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> or <paramref name="period"/> is null.</exception>
    public PartnerVisits VisitsWith(Region partner, DateInterval period, Region? home = null)
    {
        var visits = ExchangesWith(partner, period, home);
        var outbound = visits.Count(delegation => delegation.Direction == DelegationDirection.Outbound);
        return new PartnerVisits(partner, outbound, visits.Count - outbound);
    }

    /// <summary>
    /// The visits each way with every partner that had one in a period, each partner as recorded (a stop in Pudong
    /// counts for Pudong, not for Shanghai; ask <see cref="VisitsWith"/> to roll up).
    /// </summary>
    /// <param name="period">The days asked about, both ends inclusive.</param>
    /// <param name="home">Only delegations whose home is this region or lies inside it; null for every home.</param>
    /// <returns>One row a partner, the most visits first, then by the partner's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IReadOnlyList<PartnerVisits> VisitsPerPartner(DateInterval period, Region? home = null)
    {
        Guard.Against.Null(period);
        var tally = new Dictionary<Region, PartnerVisits>();
        foreach (var delegation in _delegations.Where(delegation => IsHome(delegation, home)))
        {
            var partners = delegation.Exchanges().Where(exchange => Overlap(exchange.Days, period)).Select(exchange => exchange.Partner).Distinct();
            foreach (var partner in partners)
            {
                var row = tally.GetValueOrDefault(partner, new PartnerVisits(partner, 0, 0));
                tally[partner] = delegation.Direction == DelegationDirection.Outbound ? row with { Outbound = row.Outbound + 1 } : row with { Inbound = row.Inbound + 1 };
            }
        }

        return [.. tally.Values.OrderByDescending(row => row.Total).ThenBy(row => row.Partner.Id.Value, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The commitments of every recorded delegation that were overdue on a day: still open that day and certainly
    /// due before it (see <see cref="Commitment.IsOverdueOn"/>).
    /// </summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The overdue commitments, by their last possible due day, then by delegation id and number.</returns>
    public IReadOnlyList<Commitment> CommitmentsOverdueOn(LocalDate date)
    {
        var overdue = Volatile.Read(ref _overdue);
        if (overdue is null)
        {
            var built = new OverdueCommitmentIndex(_delegations.SelectMany(delegation => delegation.Commitments));
            overdue = Interlocked.CompareExchange(ref _overdue, built, null) ?? built;
        }

        return overdue.OverdueOn(date);
    }

    private IEnumerable<(Delegation Delegation, DateInterval Days)> ExchangeDays(Region partner, Region? home)
    {
        Guard.Against.Null(partner);
        if (!_byPartner.TryGetValue(partner.Id, out var delegations))
        {
            yield break;
        }

        foreach (var delegation in delegations.Where(delegation => IsHome(delegation, home)))
        {
            foreach (var (place, days) in delegation.Exchanges())
            {
                if (place.IsWithin(partner))
                {
                    yield return (delegation, days);
                }
            }
        }
    }

    private void Index(Delegation delegation)
    {
        _overdue = null;
        var keys = _partnerKeys[delegation];

        // Keys are only ever added: a delegation gains stops and never loses one (no command removes a stop, and
        // a stop keeps its place when it gains an engagement), and an inbound delegation's origin never changes.
        var partners = delegation.Exchanges().SelectMany(exchange => exchange.Partner.Ancestors.Prepend(exchange.Partner));
        foreach (var added in partners.Select(region => region.Id))
        {
            if (!keys.Add(added))
            {
                continue;
            }

            if (!_byPartner.TryGetValue(added, out var delegations))
            {
                _byPartner[added] = delegations = [];
            }

            delegations.Add(delegation);
        }
    }

    /// <summary>The delegations of a home region or of places inside it, out or in, in the order they were recorded.</summary>
    internal IEnumerable<Delegation> Of(Region home) => _delegations.Where(delegation => IsHome(delegation, home));

    private static bool IsHome(Delegation delegation, Region? home) => home is null || delegation.Home.IsWithin(home);

    private static bool Overlap(DateInterval days, DateInterval period) => days.Start <= period.End && period.Start <= days.End;
}
