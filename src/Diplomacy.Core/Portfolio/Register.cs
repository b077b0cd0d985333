using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio.Rules;
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
    private static readonly List<Agreement> NoTies = [];

    private readonly List<Agreement> _agreements = [];
    private readonly Dictionary<AgreementId, Agreement> _byId = [];
    private readonly Dictionary<Region, RegionTies> _byRegion = [];
    private readonly TiesByPair _byPair = new();
    private readonly CoverageEngine _coverage;
    private readonly Func<Region, bool> _holdsRegion;

    private Register()
    {
        Agreements = _agreements.AsReadOnly();
        _coverage = new CoverageEngine(Directory, Ties, _byPair.Of);
        _holdsRegion = HoldsRegion;
    }

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
    public CoverageResult Coverage(Region home, Cohort cohort, LocalDate date, CoverageCriteria? criteria = null) =>
        _coverage.Measure(Guard.Against.Null(home), Guard.Against.Null(cohort), date, criteria ?? CoverageCriteria.Default);

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
    public CoverageCount CountCovered(Region home, Cohort cohort, LocalDate date, CoverageCriteria? criteria = null) =>
        _coverage.CountCovered(Guard.Against.Null(home), Guard.Against.Null(cohort), date, criteria ?? CoverageCriteria.Default);

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
    public CoverageTimeline CoverageOverTime(Region home, Cohort cohort, CoverageCriteria? criteria = null) =>
        _coverage.OverTime(Guard.Against.Null(home), Guard.Against.Null(cohort), criteria ?? CoverageCriteria.Default);

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
    private AgreementRefusal? PartyRefusal(Agreement agreement, int index) => AgreementPartyMustBeInRegister.Refusal(index, agreement, _holdsRegion);

    /// <summary>The other rules, read from the id index and the pairs' index alone: the id is new, and the tie is not one held already.</summary>
    private AgreementRefusal? RecordRefusal(Agreement agreement, bool distinct, int index) =>
        AgreementMustBeRegisteredOnce.Refusal(index, agreement, _byId)
        ?? (!distinct && AgreementMustNotDuplicateATie.Breach(agreement, _byPair.BindingEveryPartyOf(agreement)) is { } reason
            ? new AgreementRefusal(index, agreement, DomainRule.AgreementMustNotDuplicateATie, reason)
            : null);

    // A region with ties of its own passed the party check when its first tie was added, and the directory never
    // forgets a region: asking the index spares hashing the key's text again.
    private bool HoldsRegion(Region region) => HasOwnTies(region) || Directory.TryGet(region.Id, out _);

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

    internal List<Agreement> Ties(Region home, bool includeSubregions) =>
        _byRegion.GetValueOrDefault(home).Ties(includeSubregions) ?? NoTies;
}
