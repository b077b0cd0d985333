using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Map;
using Diplomacy.Core.Web.Storage;
using Diplomacy.Core.Web.Writing;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// Every question the pages and the API ask, from the values a request carries as text; each answer is built whole
/// under the register's read lock. Null or blank values mean the defaults: the configured home, today in its zone,
/// China's municipalities.
/// </summary>
public sealed class RegisterQueries(
    RegisterHost host, Observer observer, IOptions<SigningCheckOptions> signingChecks, IOptions<ChoiceOptions> choices)
{
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    public TieListing Ties(string? home, string? date, TieFilter filter, Texts texts) =>
        AboutHome(home, date, (register, region, day) => TieListing.Of(register, region, day, filter, texts));

    /// <exception cref="BadInputException">A value cannot be read, or the cohort key names no cohort.</exception>
    public CoverageReport Coverage(string? home, string? cohort, string? date, Texts texts)
    {
        var choice = Cohort(cohort);
        return AtHome(home, date, (register, region, day) => CoverageReport.Of(register, region, choice, day, texts));
    }

    /// <summary>What comes up for a home (the configured one when blank) in the next 90 days from a date (today in its zone).</summary>
    /// <exception cref="BadInputException">The home or the date cannot be read.</exception>
    public HomeAgenda Agenda(string? home, string? date, Texts texts) =>
        AboutHome(home, date, (register, region, day) => HomeAgenda.Of(register, region, day, texts));

    /// <summary>
    /// A home's statistics (the configured home when blank) on a date (today in its zone), grouped by the named grouping
    /// (by partner country when blank).
    /// </summary>
    /// <exception cref="BadInputException">The home, the date or the grouping cannot be read.</exception>
    public StatisticsReport Statistics(string? home, string? date, string? by, Texts texts)
    {
        var grouping = Inputs.EnumOrNull<StatisticsGrouping>(by, "by") ?? StatisticsGrouping.PartnerCountry;
        if (!StatisticsReport.Groupings.Contains(grouping))
        {
            throw new BadInputException("by", $"'{by}' is not a grouping of the statistics on a date.");
        }

        return AtHome(home, date, (register, region, day) => StatisticsReport.Of(register, region, day, grouping, texts));
    }

    /// <summary>The leads for the members of a cohort (China's municipalities when blank) a home's ties do not surely cover on a date.</summary>
    /// <exception cref="BadInputException">A value cannot be read, or the cohort key names no cohort.</exception>
    public LeadsReport Leads(string? home, string? cohort, string? date, Texts texts)
    {
        var choice = Cohort(cohort);
        return AtHome(home, date, (register, region, day) => LeadsReport.Of(register, region, choice, day, texts));
    }

    /// <summary>A tie, with its status today (in the configured home's zone) and on the date; null when the register holds none.</summary>
    /// <exception cref="BadInputException">The date cannot be read.</exception>
    public TieDetails? Tie(string id, string? date, Texts texts) => host.Read(register =>
    {
        if (register.Find(new AgreementId(id)) is not { } tie)
        {
            return null;
        }

        var home = observer.Home(register, null);
        var today = observer.Today(home);
        var details = TieDetails.Of(tie, today, Inputs.DateOr(date, today), texts);
        if (tie.IsSigned)
        {
            return details;
        }

        // A proposal is checked for the configured home when it is a party, else for its first party.
        var checkedFor = tie.HasParty(home) ? home : tie.Parties[0].Region;
        var warnings = register.ChecksBeforeSigning(checkedFor, tie, details.Date, signingChecks.Value.PolicyIn(register));
        return details with { Checks = SigningCheckView.Of(warnings, texts) };
    });

    /// <summary>The checks before signing a tie as entered on the form, for its first party; nothing is recorded.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the tie as entered.</exception>
    public IReadOnlyList<SigningCheckView> ChecksBeforeSigning(NewTie tie, Texts texts) => host.Read(register =>
        SigningCheckView.Of(tie.ChecksIn(register, signingChecks.Value.PolicyIn(register), observer.Today(observer.Home(register, null))), texts));

    /// <summary>A delegation, its commitments judged on the date (today in its home's zone); null when the register holds none.</summary>
    /// <exception cref="BadInputException">The date cannot be read.</exception>
    public DelegationDetails? Delegation(string id, string? date, Texts texts) => host.Read(register =>
        register.Delegations.Find(new DelegationId(id)) is { } delegation
            ? DelegationDetails.Of(delegation, Inputs.DateOr(date, observer.Today(delegation.Home)), texts)
            : null);

    /// <summary>
    /// A partner's dossier for a home (the configured one when blank) on a date (today in the home's zone); null when the
    /// register holds no region with the partner's key.
    /// </summary>
    /// <exception cref="BadInputException">The home or the date cannot be read, or the partner is the home or lies inside it (or the other way round).</exception>
    public DossierView? Dossier(string partner, string? home, string? date, Texts texts) => host.Read(register =>
    {
        if (register.Directory.Resolve(partner.Trim()) is not { } region)
        {
            return null;
        }

        var homeRegion = observer.Home(register, home);
        try
        {
            return DossierView.Of(register.DossierOf(homeRegion, region, Inputs.DateOr(date, observer.Today(homeRegion))), texts);
        }
        catch (ArgumentException refused) when (refused.ParamName == "partner")
        {
            // The core's rule (a partner outside the home) answers; the host only says it was the request's input.
            throw new BadInputException("partner", refused.Message);
        }
    });

    /// <summary>
    /// A home's partners on a date (today in the home's zone) on a map, and a cohort's members by coverage: the default
    /// cohort when blank, none for <see cref="TieMapQuery.NoCohort"/>.
    /// </summary>
    /// <exception cref="BadInputException">A value cannot be read, or the cohort key names no cohort.</exception>
    public TieMap MapOf(string? home, string? date, string? cohort, Texts texts)
    {
        var choice = TieMapQuery.CohortOf(cohort);
        return host.Read(register =>
        {
            var region = observer.Home(register, home);
            return TieMap.Of(register, region, Inputs.DateOr(date, observer.Today(region)), choice, texts);
        });
    }

    /// <summary>A form's chooser of ties: every tie while the register holds few, else a search field.</summary>
    public Chooser TieChooser() =>
        host.Read(register => ChooserOf(register.Agreements.Count, () => [.. register.Agreements.Select(Suggestions.TieChoice)]));

    /// <summary>A form's chooser of regions: every region while the register holds few, else a search field.</summary>
    /// <remarks>Past the limit no region is read: while the host is still reading its whole register, the home's page does not wait for it.</remarks>
    public Chooser RegionChooser(Texts texts) =>
        ChooserOf(host.CountRegions(), () => host.Read(register => register.Directory.Regions.Select(region => Suggestions.RegionChoice(region, texts)).ToList()));

    /// <summary>The regions a search field suggests for what an editor typed (<see cref="Suggestions"/>).</summary>
    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public IReadOnlyList<Choice> SuggestRegions(string? text, string? count, Texts texts) =>
        host.Read(register => Suggestions.Regions(register.Directory, text, count, texts));

    /// <summary>The ties a search field suggests for what an editor typed (<see cref="Suggestions"/>).</summary>
    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public IReadOnlyList<Choice> SuggestTies(string? text, string? count) =>
        host.Read(register => Suggestions.Ties(register.Agreements, text, count));

    /// <summary>A read about a home (the configured one when blank) on a date (today in the home's zone when blank), under the read lock.</summary>
    private T AtHome<T>(string? home, string? date, Func<Register, Region, LocalDate, T> read) => host.Read(register =>
    {
        var region = observer.Home(register, home);
        return read(register, region, Inputs.DateOr(date, observer.Today(region)));
    });

    /// <summary>
    /// A read about a home as <see cref="AtHome{T}"/>, of only the home's own ties, its delegations (and the places'
    /// inside it) and the regions they name: while the host is still reading its whole register, the configured home is
    /// answered from its part (<see cref="RegisterHost.ReadAbout{T}"/>).
    /// </summary>
    private T AboutHome<T>(string? home, string? date, Func<Register, Region, LocalDate, T> read) => host.ReadAbout(
        register => observer.Home(register, home),
        (register, region) => read(register, region, Inputs.DateOr(date, observer.Today(region))));

    private Chooser ChooserOf(int count, Func<IReadOnlyList<Choice>> listed) =>
        count > choices.Value.ListedUpTo ? Chooser.Search : Chooser.Listing(listed());

    private static CohortChoice Cohort(string? cohort) =>
        string.IsNullOrWhiteSpace(cohort)
            ? CohortChoice.Find(CohortChoice.DefaultKey)!
            : CohortChoice.Find(cohort) ?? throw new BadInputException("cohort", $"'{cohort}' names no cohort.");
}
