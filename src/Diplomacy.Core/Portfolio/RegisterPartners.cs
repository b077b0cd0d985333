using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's answers about a home region's partners: who they are, which ties lie dormant, and the leads to new ones.</summary>
public sealed partial class Register
{
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
    /// The home region's ties in force on a date with no exchange with the partner (a visit either way, see
    /// <see cref="DelegationLog.LastExchangeWith"/>) for a span: the last exchange ended before <c>date − span</c>.
    /// A tie never visited is dormant once its signing is certainly before <c>date − span</c>: a new tie is given the
    /// same span to show life.
    /// </summary>
    /// <param name="home">The home region; only delegations of it (or of places inside it) count as exchanges.</param>
    /// <param name="date">The date.</param>
    /// <param name="span">How long a tie may go without an exchange, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns>
    /// One row for each tie and partner, by agreement id then partner id. Empty when <c>date − span</c> falls before the
    /// calendar's first day: no exchange and no signing can be older than the calendar.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="span"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> has a time of day or a negative unit: a span reaches back from the date in whole days, weeks, months or years.</exception>
    public IReadOnlyList<DormantTie> DormantTies(Region home, LocalDate date, Period span)
    {
        Guard.Against.Null(home);
        Guard.Against.DateLength(span, allowZero: true);
        if (CalendarSpan.Before(date, span) is not { } cutoff)
        {
            return [];
        }

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
                    : agreement.SignedOn is { } signed && signed.IsCertainlyBefore(PartialDate.On(cutoff));
                if (dormant)
                {
                    found.Add(new DormantTie(agreement, partner, last));
                }
            }
        }

        return [.. found.OrderBy(row => row.Agreement.Id.Value, StringComparer.Ordinal).ThenBy(row => row.Partner.Id.Value, StringComparer.OrdinalIgnoreCase)];
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

    /// <summary>The other parties bound with the home on a date: none once the home withdrew, and not those that withdrew.</summary>
    private static IEnumerable<Region> PartnersIn(Agreement agreement, Region home, LocalDate date) => agreement.BindsOn(home, date)
        ? agreement.Parties.Select(party => party.Region).Where(region => !region.Equals(home) && agreement.BindsOn(region, date))
        : [];
}
