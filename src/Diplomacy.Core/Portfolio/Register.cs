using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Portfolio.Rules;
using Diplomacy.Core.Statistics;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// A register of partner regions: the regions, the agreements between them and the delegations, indexed so
/// that a question about a home region touches only that region's ties, never every agreement.
/// </summary>
/// <remarks>
/// <para>
/// <b>Index.</b> Each agreement is filed under each party's region, and under every region a party lies in
/// (a tie of Suwon is filed under Suwon, Gyeonggi-do and KR). A question about a home region reads one list; one
/// that counts the home's sub-regions reads the list under the home as the region they lie in. The cost of a
/// coverage grows with the home's ties and the cohort's size, not with the register's. Each agreement is also filed
/// under every pair of its parties, in the order added: <see cref="TiesBetween(Region, Region)"/> and the duplicate
/// check of <see cref="Add(Agreement)"/> read one pair's ties, so adding a tie of a hub does not walk the hub's thousands.
/// </para>
/// <para>
/// <b>Following changes.</b> The register holds the agreements themselves: a suspension or termination recorded on
/// an agreement after it was added is in the next answer, and so is an event learned late, recorded at its day, or
/// retracted: the register keeps no status of its own. Parties never change (a party that withdraws stays filed, and
/// every question asks <see cref="Agreement.BindsOn"/> from the withdrawal's day), so the index never goes stale.
/// Delegations are kept in a <see cref="DelegationLog"/>, which follows its delegations in the same way.
/// </para>
/// <para>
/// <b>Windows.</b> Every <see cref="DateInterval"/> a question takes includes both its ends, as NodaTime's does.
/// </para>
/// <para>
/// <b>Thread safety.</b> Every question (coverage, statistics, ties, partners, anniversaries, terms, dormant ties, the
/// directory's and the delegation log's look-ups) is safe from many threads at once while no one writes: the cache of
/// how each cohort resolves against the directory is a concurrent dictionary, and the delegation log's overdue index is
/// published whole. Writes are single-writer: add regions, agreements or delegations, and change an agreement or a
/// delegation the register holds, from one thread at a time and while no question runs; a host that writes while it
/// answers takes a reader-writer lock around both. A batch of thousands of agreements is filed on two threads of its own
/// (see <see cref="AddRange"/>), which both finish before the call returns: to its caller it is still one write.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = Register.Open();
/// register.AddRegions([korea, gyeonggi, china, beijing, tianjin, shanghai, chongqing]);
/// register.Add(mouWithTianjin);
/// register.Add(mouWithChongqing);
/// register.Add(mouWithShanghai);
/// var coverage = register.Coverage(gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, new LocalDate(2025, 9, 26));
/// coverage.ToString();                          // "3 of 4"
/// coverage.ToText(LanguageTag.Parse("ko"));     // "4곳 중 3곳"
/// coverage.Missing[0].Member;                   // CN-BJ
/// </code>
/// </example>
public sealed partial class Register
{
    private const int StackLimit = 256;

    private static readonly ImmutableArray<Agreement> NoAgreements = [];
    private static readonly List<Agreement> NoTies = [];

    private readonly List<Agreement> _agreements = [];
    private readonly Dictionary<AgreementId, Agreement> _byId = [];
    private readonly Dictionary<Region, RegionTies> _byRegion = [];
    private readonly TiesByPair _byPair = new();
    private readonly ConcurrentDictionary<Cohort, CohortLookup> _cohorts = new(ReferenceEqualityComparer.Instance);

    private Register() => Agreements = _agreements.AsReadOnly();

    /// <summary>The regions the register knows, with their nesting. Add to it directly or with <see cref="AddRegions"/>.</summary>
    public RegionDirectory Directory { get; } = new();

    /// <summary>The agreements, in the order they were added.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>The delegations, out and in, with the questions about visits and commitments.</summary>
    public DelegationLog Delegations { get; } = new();

    /// <summary>Opens an empty register.</summary>
    /// <returns>The register.</returns>
    public static Register Open() => new();

    /// <summary>Adds regions to the directory; a region's parent must be in it already or in the same batch.</summary>
    /// <param name="regions">The regions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> or one of them is null.</exception>
    /// <exception cref="DomainRuleException">A rule of <see cref="RegionDirectory.AddRange"/> is broken; nothing is added.</exception>
    public void AddRegions(IEnumerable<Region> regions) => Directory.AddRange(regions);

    /// <summary>Adds the new regions of a batch and finds those already in the directory; see <see cref="RegionDirectory.TryAddRange"/>.</summary>
    /// <param name="regions">The regions.</param>
    /// <param name="mode">Whether a refusal keeps the whole batch out (the default) or only the refused regions.</param>
    /// <returns>
    /// What was added, found and refused; in <see cref="BatchMode.AllOrNothing"/> mode nothing is added when anything is refused.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="BatchMode"/>; nothing is added.</exception>
    public RegionBatchResult TryAddRegions(IEnumerable<Region> regions, BatchMode mode = BatchMode.AllOrNothing) => Directory.TryAddRange(regions, mode);

    /// <summary>
    /// Adds an agreement and files it under its parties' regions and every region they lie in. A second agreement of
    /// the same kind between the same parties, in force at the same time as one already held, is refused as a likely
    /// duplicate: record the later act on the first agreement, or use <see cref="AddDistinct"/> for a tie that is truly another.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A party's region is not in <see cref="Directory"/> (<see cref="DomainRule.AgreementPartyMustBeInRegister"/>); an
    /// agreement with the same id, ignoring case, is already held (<see cref="DomainRule.AgreementMustBeRegisteredOnce"/>);
    /// or it repeats a tie already held, and the message names that tie (<see cref="DomainRule.AgreementMustNotDuplicateATie"/>).
    /// Nothing changes.
    /// </exception>
    public void Add(Agreement agreement) => Add(agreement, distinct: false);

    /// <summary>
    /// Adds an agreement that the caller knows to be a tie of its own, though it has the same kind and parties as one
    /// already held and overlaps it in time (two sector agreements signed by different agencies, say). Otherwise as <see cref="Add(Agreement)"/>.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// A party's region is not in <see cref="Directory"/> (<see cref="DomainRule.AgreementPartyMustBeInRegister"/>), or an
    /// agreement with the same id, ignoring case, is already held (<see cref="DomainRule.AgreementMustBeRegisteredOnce"/>). Nothing changes.
    /// </exception>
    public void AddDistinct(Agreement agreement) => Add(agreement, distinct: true);

    /// <summary>Records a delegation in <see cref="Delegations"/>.</summary>
    /// <param name="delegation">The delegation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="delegation"/> is null.</exception>
    /// <exception cref="DomainRuleException">It is already recorded (<see cref="DomainRule.DelegationMustBeRecordedOnce"/>).</exception>
    public void Record(Delegation delegation) => Delegations.Record(delegation);

    /// <summary>Finds an agreement by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agreement, or null.</returns>
    public Agreement? Find(AgreementId id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The home region's ties: the agreements it is a party to, or with <paramref name="includeSubregions"/> also
    /// those of the places inside it. In the order they were added.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="includeSubregions">Whether the ties of places inside the home count.</param>
    /// <returns>The agreements; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    public IReadOnlyList<Agreement> TiesOf(Region home, bool includeSubregions = false) => Ties(Guard.Against.Null(home), includeSubregions).AsReadOnly();

    /// <summary>
    /// How much of a cohort a home region covers on a date: every member covered (with the agreements that cover
    /// it), uncertain, or missing. See <see cref="CoverageCriteria"/> for what counts.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="date">The date.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The coverage. A member the register does not hold is missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="cohort"/> is null.</exception>
    public CoverageResult Coverage(Region home, Cohort cohort, LocalDate date, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(cohort);
        criteria ??= CoverageCriteria.Default;
        return Measure(home, Lookup(cohort), date, criteria);
    }

    /// <summary>
    /// The numbers of <see cref="Coverage"/> alone, without the members: allocation-free once the cohort has been
    /// resolved against the directory (the first question about a cohort, or the first after regions were added).
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="date">The date.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>How many members are covered and uncertain, out of the cohort's size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="cohort"/> is null.</exception>
    public CoverageCount CountCovered(Region home, Cohort cohort, LocalDate date, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(cohort);
        criteria ??= CoverageCriteria.Default;
        var lookup = Lookup(cohort);
        var size = cohort.Count;
        byte[]? rented = null;
        var outcomes = size <= StackLimit ? stackalloc byte[size] : (rented = ArrayPool<byte>.Shared.Rent(size)).AsSpan(0, size);
        outcomes.Clear();
        Walk(home, lookup, date, criteria, outcomes, null);
        var covered = 0;
        var uncertain = 0;
        foreach (var outcome in outcomes)
        {
            covered += outcome == (byte)CoverageOutcome.Covered ? 1 : 0;
            uncertain += outcome == (byte)CoverageOutcome.Uncertain ? 1 : 0;
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new CoverageCount(covered, uncertain, size);
    }

    /// <summary>
    /// A coverage over time: the dates on which it changed and its value between them. The candidate dates are the
    /// days on which a relevant tie's status or kind changes (see <see cref="Agreement.StatusTimeline"/>); only the
    /// ones on which the coverage says something new are kept, with the bounds of every party's withdrawal.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The timeline; <see cref="CoverageTimeline.On"/> agrees with <see cref="Coverage"/> on every date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="cohort"/> is null.</exception>
    /// <example>
    /// <code>
    /// foreach (var period in register.CoverageOverTime(gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities).Periods)
    /// {
    ///     Console.WriteLine($"{period.From}..{period.To}: {period.Coverage}");   // 2025-09-23..2025-09-24: 2 of 4
    /// }
    /// </code>
    /// </example>
    public CoverageTimeline CoverageOverTime(Region home, Cohort cohort, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(cohort);
        criteria ??= CoverageCriteria.Default;
        var lookup = Lookup(cohort);
        var changes = new SortedSet<LocalDate>();
        foreach (var agreement in Ties(home, criteria.IncludeHomeSubregions))
        {
            if (!TouchesCohort(agreement, home, lookup, criteria))
            {
                continue;
            }

            // The spans follow each other without a gap, so their first days are every day on which the status changes.
            foreach (var span in agreement.StatusTimeline)
            {
                changes.Add(span.From);
            }

            changes.UnionWith(agreement.BindingChanges);
        }

        changes.Remove(LocalDate.MinIsoValue);
        var before = Measure(home, lookup, LocalDate.MinIsoValue, criteria);
        return CoverageTimeline.From(before, changes.Select(date => Measure(home, lookup, date, criteria)));
    }

    /// <summary>
    /// A home region's statistics on a date: its ties that count (as for a coverage) by partner country, kind, decade
    /// of signing, home and partner first-level division and field, and the uncertain ties counted apart. See
    /// <see cref="TieStatistics"/>. Touches only the home's ties, never the whole register.
    /// </summary>
    /// <param name="home">The home region; for a national register, its country with <see cref="CoverageCriteria.IncludeHomeSubregions"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    /// <example>
    /// <code>
    /// var statistics = register.StatisticsOn(korea, new LocalDate(2025, 12, 31), CoverageCriteria.Default with { IncludeHomeSubregions = true });
    /// statistics.Counted.ByPartnerCountry.Top(5);                    // the five leading partner countries
    /// statistics.Counted.ByHomeDivision.ToText(LanguageTag.Parse("ko"));
    /// string.Join("\r\n", statistics.Counted.ByKind.ToCsv(LanguageTag.Parse("en")));
    /// </code>
    /// </example>
    public TieStatistics StatisticsOn(Region home, LocalDate date, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        criteria ??= CoverageCriteria.Default;
        return TieCounting.On(Ties(home, criteria.IncludeHomeSubregions), home, date, criteria);
    }

    /// <summary>
    /// What changed in a home region's ties between two dates: ties added, ended (by kind of ending) and upgraded, with
    /// the same tables as <see cref="StatisticsOn"/>. See <see cref="TieChanges"/>.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date, on or after <paramref name="from"/>.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <example>
    /// <code>
    /// var year = register.ChangesBetween(gyeonggi, new LocalDate(2024, 12, 31), new LocalDate(2025, 12, 31));
    /// year.Added.Count;              // ties that came into force in 2025
    /// year.EndedBy.Rows;             // Expired: 1, Terminated: 1
    /// </code>
    /// </example>
    public TieChanges ChangesBetween(Region home, LocalDate from, LocalDate to, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The later date {to:uuuu-MM-dd} is before the earlier date {from:uuuu-MM-dd}."));
        }

        criteria ??= CoverageCriteria.Default;
        return TieCounting.Between(Ties(home, criteria.IncludeHomeSubregions), home, from, to, criteria);
    }

    /// <summary>
    /// The leads for every member a coverage did not cover (missing or uncertain): the facts in the register an office
    /// could build on, each with its evidence and a reason sentence. See <see cref="LeadKind"/> for what is a lead.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Order.</b> By member, in the cohort's order; then by <see cref="LeadKind"/> (a tie to confirm, a lapsed tie, a
    /// pending agreement, a sub-region's tie, an open commitment, a recent visit, an introducer); then by the evidence's
    /// id (ordinal), then by the region it goes through. The same register gives the same list every time.
    /// </para>
    /// <para>
    /// An agreement is the evidence of one lead a member at most, the first in that order. Lapsed ties are those
    /// expired, terminated or suspended on the date (a superseded tie was replaced, and is no lead). A pending agreement
    /// is proposed, signed but not yet in force, or in force but of a kind the criteria do not count (a letter of intent).
    /// Open commitments are those of the home's delegations (or of places inside it) that began on or before the date,
    /// still open on it, owed by or to the member or a place inside it. Recent visits are
    /// <see cref="DelegationLog.ExchangesWith"/> the member in <c>[date − recentSpan, date]</c>. Introducers are the home's
    /// partners on the date (<see cref="PartnersOn"/>) that hold a tie in force with the member itself.
    /// </para>
    /// </remarks>
    /// <param name="coverage">A coverage this register answered.</param>
    /// <param name="recentSpan">How far back a visit counts as recent, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns>The leads; empty when there are none (every member covered, or nothing to build on).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> or <paramref name="recentSpan"/> is null.</exception>
    /// <example>
    /// <code>
    /// var coverage = register.Coverage(gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, new LocalDate(2025, 9, 26));
    /// foreach (var lead in register.LeadsFor(coverage, Period.FromYears(2)))
    /// {
    ///     Console.WriteLine(lead.ToText(LanguageTag.Parse("ko")));
    /// }
    /// </code>
    /// </example>
    public IReadOnlyList<CoverageLead> LeadsFor(CoverageResult coverage, Period recentSpan)
    {
        Guard.Against.Null(coverage);
        Guard.Against.Null(recentSpan);
        return LeadFinder.Find(this, coverage, recentSpan);
    }

    /// <summary>
    /// The partners a home region has a tie in force with on a date, optionally only in one country, of one kind
    /// (on that date) or covering one field. Only the home's own ties count. A tie counts when every possibility
    /// on that date (see <see cref="Agreement.PossibilitiesOn"/>) is in force, and, when a kind is asked, of that
    /// kind: a tie certainly in force whose upgrade date is a range is a partner of any kind, not of either kind.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="date">The date.</param>
    /// <param name="country">Only partners in this country (the country itself included); null for any.</param>
    /// <param name="kind">Only ties of this kind on that date; null for any.</param>
    /// <param name="field">Only ties that name this field of cooperation; null for any.</param>
    /// <returns>The partner regions, each once, by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    public IReadOnlyList<Region> PartnersOn(
        Region home, LocalDate date, CountryCode? country = null, AgreementKind? kind = null, CooperationField? field = null)
    {
        Guard.Against.Null(home);
        return [.. Ties(home, false)
            .Select(agreement => (Agreement: agreement, Possible: agreement.PossibilitiesOn(date)))
            .Where(tie => tie.Possible.IsCertainly(AgreementStatus.InForce) && (kind is null || tie.Possible.Kind == kind))
            .Select(tie => tie.Agreement)
            .Where(agreement => field is not { } wanted || agreement.Fields.Contains(wanted))
            .SelectMany(agreement => PartnersIn(agreement, home, date))
            .Where(partner => country is not { } wanted || partner.Country?.CountryCode == wanted)
            .Distinct()
            .OrderBy(partner => partner.Id.Value, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The anniversaries of the home region's ties that fall, or may fall, in a window, for a tie in force or
    /// suspended (not ended) on the anniversary. An anniversary is as partly known as the signing (see
    /// <see cref="Agreement.AnniversaryFallsOn"/>): the 30th of a tie signed "in October 1993" falls "in October 2023".
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="window">The days asked about, both ends inclusive.</param>
    /// <returns>
    /// The anniversaries, by their first possible day, then by agreement id. One is <see cref="TieAnniversary.IsCertain"/>
    /// when the window holds every day it may fall on and the tie is certainly in force or suspended on each; it is
    /// listed as possible when the window holds some of those days and the tie may be in force or suspended on one of
    /// them; it is left out when the window holds none, or the tie is certainly neither on those days. A signing with
    /// an open bound (an undated tie) has no anniversaries to list.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="window"/> is null.</exception>
    public IReadOnlyList<TieAnniversary> AnniversariesIn(Region home, DateInterval window)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(window);
        return [.. AnniversariesInWindow.Find(Ties(home, false), window)
            .OrderBy(row => row.FallsOn.Earliest)
            .ThenBy(row => row.Agreement.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The terms of the home region's ties that end, or may end, in a window: the last day of a term running on some
    /// day of the window falls in it (see <see cref="Agreement.TermEndsOn"/>). A term that started on a day known only
    /// in part ends on a day known in part, from the earliest start plus the term (less a day) to the latest: it is
    /// listed as certain when the window holds all those days and no recorded renewal, termination or supersession can
    /// come first, as possible when the window holds some of them, and not at all when it holds none.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="window">The days asked about, both ends inclusive.</param>
    /// <returns>The term endings, by first possible last day, then by agreement id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="window"/> is null.</exception>
    public IReadOnlyList<TermEnding> TermsEndingIn(Region home, DateInterval window)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(window);
        return [.. TermsEndingInWindow.Find(Ties(home, false), window)
            .OrderBy(row => row.LastDay.Earliest)
            .ThenBy(row => row.Agreement.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The home region's ties in force on a date with no exchange with the partner (a visit either way, see
    /// <see cref="DelegationLog.LastExchangeWith"/>) for a span: the last exchange ended before <c>date − span</c>.
    /// A tie never visited is dormant once its signing is certainly before <c>date − span</c>: a new tie is given the
    /// same span to show life.
    /// </summary>
    /// <param name="home">The home region; only delegations of it (or of places inside it) count as exchanges.</param>
    /// <param name="date">The date.</param>
    /// <param name="span">How long a tie may go without an exchange, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns>One row for each tie and partner, by agreement id then partner id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="span"/> is null.</exception>
    public IReadOnlyList<DormantTie> DormantTies(Region home, LocalDate date, Period span)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(span);
        var cutoff = date.Minus(span);
        var found = new List<DormantTie>();
        foreach (var agreement in Ties(home, false))
        {
            if (agreement.StatusOn(date) != AgreementStatus.InForce)
            {
                continue;
            }

            foreach (var partner in PartnersIn(agreement, home, date))
            {
                var last = Delegations.LastExchangeWith(partner, date, home);
                var dormant = last is { } day
                    ? day < cutoff
                    : agreement.SignedOn is { } signed && signed.IsCertainlyOnOrBefore(cutoff.PlusDays(-1));
                if (dormant)
                {
                    found.Add(new DormantTie(agreement, partner, last));
                }
            }
        }

        return [.. found.OrderBy(row => row.Agreement.Id.Value, StringComparer.Ordinal).ThenBy(row => row.Partner.Id.Value, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The commitments overdue on a day, from every recorded delegation (see <see cref="DelegationLog.CommitmentsOverdueOn"/>).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The overdue commitments.</returns>
    public IReadOnlyList<Commitment> CommitmentsOverdueOn(LocalDate date) => Delegations.CommitmentsOverdueOn(date);

    /// <summary>The visits out and in with each partner of a home region in a period (see <see cref="DelegationLog.VisitsPerPartner"/>).</summary>
    /// <param name="home">The home region; its delegations and those of places inside it count.</param>
    /// <param name="period">The days asked about, both ends inclusive.</param>
    /// <returns>One row a partner, the most visits first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<PartnerVisits> VisitsPerPartner(Region home, DateInterval period) =>
        Delegations.VisitsPerPartner(period, Guard.Against.Null(home));

    private void Add(Agreement agreement, bool distinct)
    {
        Guard.Against.Null(agreement);
        if (Refusal(agreement, distinct, index: 0) is { } refusal)
        {
            throw refusal.ToException();
        }

        Accept(agreement);
    }

    /// <summary>Why the register cannot take an agreement, given at an index of its batch, or null when it can.</summary>
    private AgreementRefusal? Refusal(Agreement agreement, bool distinct, int index) =>
        PartyRefusal(agreement, index) ?? RecordRefusal(agreement, distinct, index);

    /// <summary>The first rule, read from the regions' index alone: every party's region is in the register.</summary>
    private AgreementRefusal? PartyRefusal(Agreement agreement, int index)
    {
        foreach (var party in agreement.PartyArray)
        {
            var region = party.Region;

            // A region with ties of its own passed this check when its first tie was added, and the directory never
            // forgets a region: asking the index spares hashing the key's text again.
            if (!HasOwnTies(region) && !Directory.TryGet(region.Id, out _))
            {
                return new AgreementRefusal(
                    index,
                    agreement,
                    DomainRule.AgreementPartyMustBeInRegister,
                    $"The agreement {agreement.Id} binds {region}, which is not in the register: add the region first.");
            }
        }

        return null;
    }

    /// <summary>The other rules, read from the id index and the pairs' index alone: the id is new, and the tie is not one held already.</summary>
    private AgreementRefusal? RecordRefusal(Agreement agreement, bool distinct, int index)
    {
        if (_byId.ContainsKey(agreement.Id))
        {
            return new AgreementRefusal(index, agreement, DomainRule.AgreementMustBeRegisteredOnce, $"The register already holds an agreement with the id {agreement.Id}.");
        }

        return !distinct && AgreementMustNotDuplicateATie.Breach(agreement, _byPair.BindingEveryPartyOf(agreement)) is { } reason
            ? new AgreementRefusal(index, agreement, DomainRule.AgreementMustNotDuplicateATie, reason)
            : null;
    }

    private bool HasOwnTies(Region region) => _byRegion.TryGetValue(region, out var ties) && ties.Own is not null;

    /// <summary>Files an agreement that passed every check under its id, every pair of its parties, its parties' regions and every region they lie in.</summary>
    private void Accept(Agreement agreement)
    {
        FileRecord(agreement);
        FileUnderRegions(agreement);
    }

    /// <summary>Files an agreement in the list, the id index and the pairs' index: the indexes <see cref="RecordRefusal"/> reads.</summary>
    private void FileRecord(Agreement agreement)
    {
        _byId.Add(agreement.Id, agreement);
        _agreements.Add(agreement);
        _byPair.File(agreement);
    }

    /// <summary>Files an agreement under its parties' regions and every region they lie in: the index <see cref="PartyRefusal"/> reads.</summary>
    private void FileUnderRegions(Agreement agreement)
    {
        foreach (var party in agreement.PartyArray)
        {
            // One look-up a party: a reference to the region's entry, made when the region is new to the index.
            ref var ties = ref CollectionsMarshal.GetValueRefOrAddDefault(_byRegion, party.Region, out _);
            AppendOnce(ties.Own ??= [], agreement);
            if (ties.Within is { } within)
            {
                AppendOnce(within, agreement);
            }

            foreach (var ancestor in party.Region.Ancestors)
            {
                FileWithin(ancestor, agreement);
            }
        }
    }

    private static void AppendOnce(List<Agreement> list, Agreement agreement)
    {
        // An agreement between two places in one region is filed under that region once.
        if (list.Count == 0 || !ReferenceEquals(list[^1], agreement))
        {
            list.Add(agreement);
        }
    }

    private void FileWithin(Region region, Agreement agreement)
    {
        // The first tie of a place inside the region parts the region's ties within it from its own.
        ref var ties = ref CollectionsMarshal.GetValueRefOrAddDefault(_byRegion, region, out _);
        AppendOnce(ties.Within ??= ties.Own is null ? [] : [.. ties.Own], agreement);
    }

    /// <summary>The other parties bound with the home on a date: none once the home withdrew, and not those that withdrew.</summary>
    private static IEnumerable<Region> PartnersIn(Agreement agreement, Region home, LocalDate date) => agreement.BindsOn(home, date)
        ? agreement.Parties.Select(party => party.Region).Where(region => !region.Equals(home) && agreement.BindsOn(region, date))
        : [];

    private static bool TouchesCohort(Agreement agreement, Region home, CohortLookup lookup, CoverageCriteria criteria)
    {
        foreach (var party in agreement.Parties)
        {
            if (!HomeTie.IsHomeSide(party.Region, home, criteria.IncludeHomeSubregions)
                && lookup.MemberIndexOf(party.Region, criteria.IncludeMemberSubregions) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one loop behind every coverage: marks each member covered or uncertain in <paramref name="outcomes"/>, and
    /// when <paramref name="ties"/> is given, collects the agreements behind each mark.
    /// </summary>
    private static void Walk(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria, Span<byte> outcomes, List<Agreement>?[]? ties, List<Agreement> agreements)
    {
        foreach (var agreement in agreements)
        {
            var qualification = TieQualification.DoesNotCover;

            // The array itself: the read-only list the public property returns is the array boxed, an allocation a call.
            foreach (var party in agreement.PartyArray)
            {
                if (HomeTie.IsHomeSide(party.Region, home, criteria.IncludeHomeSubregions))
                {
                    continue;
                }

                var member = lookup.MemberIndexOf(party.Region, criteria.IncludeMemberSubregions);
                if (member < 0)
                {
                    continue;
                }

                if (qualification == TieQualification.DoesNotCover)
                {
                    qualification = criteria.JudgeStatusAndKind(agreement, date);
                    if (qualification == TieQualification.DoesNotCover)
                    {
                        break;
                    }
                }

                var tie = criteria.Settle(agreement.HasWithdrawals ? WhileBound(agreement, home, party.Region, date, criteria, qualification) : qualification);
                if (tie != TieQualification.DoesNotCover)
                {
                    Mark(outcomes, ties, member, agreement, tie == TieQualification.Covers ? CoverageOutcome.Covered : CoverageOutcome.Uncertain);
                }
            }
        }
    }

    /// <summary>What a tie does for a member when a party withdrew: the member and some party on the home's side must be bound.</summary>
    private static TieQualification WhileBound(Agreement agreement, Region home, Region member, LocalDate date, CoverageCriteria criteria, TieQualification qualification)
    {
        var homeCertainly = false;
        var homePossibly = false;
        foreach (var party in agreement.PartyArray)
        {
            if (HomeTie.IsHomeSide(party.Region, home, criteria.IncludeHomeSubregions))
            {
                var (certainly, possibly) = agreement.BindingOn(party.Region, date);
                homeCertainly |= certainly;
                homePossibly |= possibly;
            }
        }

        return TieBinding.Limit(qualification, (homeCertainly, homePossibly), agreement.BindingOn(member, date));
    }

    private static void Mark(Span<byte> outcomes, List<Agreement>?[]? ties, int member, Agreement agreement, CoverageOutcome outcome)
    {
        var current = (CoverageOutcome)outcomes[member];
        if (outcome < current)
        {
            return;
        }

        if (ties is not null)
        {
            // A covering tie replaces the ties that only could cover; an agreement with two parties inside one member is listed once.
            var list = ties[member] ??= [];
            if (outcome > current)
            {
                list.Clear();
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], agreement))
            {
                list.Add(agreement);
            }
        }

        outcomes[member] = (byte)outcome;
    }

    internal List<Agreement> Ties(Region home, bool includeSubregions) =>
        _byRegion.GetValueOrDefault(home).Ties(includeSubregions) ?? NoTies;

    private void Walk(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria, Span<byte> outcomes, List<Agreement>?[]? ties) =>
        Walk(home, lookup, date, criteria, outcomes, ties, Ties(home, criteria.IncludeHomeSubregions));

    private CoverageResult Measure(Region home, CohortLookup lookup, LocalDate date, CoverageCriteria criteria)
    {
        var size = lookup.Cohort.Count;
        var outcomes = new byte[size];
        var ties = new List<Agreement>?[size];
        Walk(home, lookup, date, criteria, outcomes, ties);
        var members = ImmutableArray.CreateBuilder<MemberCoverage>(size);
        for (var index = 0; index < size; index++)
        {
            var outcome = (CoverageOutcome)outcomes[index];
            var agreements = outcome == CoverageOutcome.Missing ? NoAgreements : [.. ties[index]!];
            members.Add(new MemberCoverage(lookup.Cohort.Members[index], lookup.Regions[index], outcome, agreements));
        }

        return new CoverageResult(home, lookup.Cohort, date, criteria, members.MoveToImmutable());
    }

    private CohortLookup Lookup(Cohort cohort)
    {
        if (!_cohorts.TryGetValue(cohort, out var lookup) || lookup.DirectoryCount != Directory.Count)
        {
            // Readers racing here each resolve the cohort against the same directory and store equal lookups: the last stays.
            lookup = new CohortLookup(cohort, Directory);
            _cohorts[cohort] = lookup;
        }

        return lookup;
    }
}
