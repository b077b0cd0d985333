using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Web.Writing;

namespace Diplomacy.Core.Web.Language;

/// <summary>
/// Every word the pages show, read from the host's resources (<c>Language/Texts.resx</c>, English and neutral, and one
/// <c>Texts.&lt;tag&gt;.resx</c> a language), in one place. A page asks for a text by name; the language is the
/// request's (<see cref="LanguageSelection"/>). Region names are not here: they come from the regions themselves.
/// </summary>
/// <remarks>
/// A text with arguments is a composite format with numbered placeholders, filled with the invariant culture, so that
/// numbers read <c>1234</c> in every language. A value of an enum is read from the key <c>TypeName.Value</c>
/// (<c>AgreementKind.SisterCity</c>). Plural and ordinal forms are chosen by English's rules (one, or other; 1st, 2nd,
/// 3rd, or th): a language without the distinction writes every form alike.
/// </remarks>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("Diplomacy.Core.Web.Language.Texts", typeof(Texts).Assembly);
    private static readonly ConcurrentDictionary<string, Texts> ByTag = new(StringComparer.OrdinalIgnoreCase);

    private readonly CultureInfo _culture;

    private Texts(string code)
    {
        _culture = CultureInfo.GetCultureInfo(code);
        Code = _culture.Name;
        Language = LanguageTag.Parse(Code);
    }

    /// <summary>The English texts, the neutral resources.</summary>
    public static Texts English { get; } = Of("en");

    /// <summary>The texts of a language tag (<c>ko</c>, <c>zh-Hans</c>), one instance a tag.</summary>
    public static Texts Of(string tag) => ByTag.GetOrAdd(tag, static key => new Texts(key));

    /// <summary>The language's tag, as <c>?lang=</c> takes it and <c>&lt;html lang&gt;</c> shows it.</summary>
    public string Code { get; }

    /// <summary>The language, for region names and the core's own texts.</summary>
    public LanguageTag Language { get; }

    /// <summary>Whether the host's resources hold this language itself, not only the English it would fall back to.</summary>
    public bool IsShipped => Resources.GetResourceSet(_culture, createIfNotExists: true, tryParents: false) is not null;

    /// <summary>The language's own name, as the switch shows it.</summary>
    public string LanguageName => Text();

    public string AppName => Text();

    public string NavHome => Text();

    public string NavCoverage => Text();

    public string NavRecordTie => Text();

    public string NavRecordEvent => Text();

    public string NavImport => Text();

    public string NavSignIn => Text();

    public string NavSignOut => Text();

    public string SignedInAs(string name) => Format(nameof(SignedInAs), name);

    public string HomeRegion => Text();

    public string ChooserHint => Text();

    /// <summary>Items joined as the language writes a list: <c>culture, tourism</c>, <c>文化、旅游</c>.</summary>
    public string List(IEnumerable<string> items) => string.Join(Text("ListSeparator"), items);

    public string Date => Text();

    public string Today => Text();

    public string Show => Text();

    public string Any => Text();

    public string Country => Text();

    public string KindLabel => Text();

    public string FieldLabel => Text();

    public string Fields => Text();

    public string StatusLabel => Text();

    public string Title => Text();

    public string Partners => Text();

    public string SignedOn => Text();

    public string TiesOfOn(string home, string date) => Format(nameof(TiesOfOn), home, date);

    public string NoTies => Text();

    public string Delegations => Text();

    public string CoverageTitle => Text();

    public string Cohort => Text();

    public string CoverageOf(string home, string cohort, string date) => Format(nameof(CoverageOf), home, cohort, date);

    public string CoveredMembers => Text();

    public string MissingMembers => Text();

    public string UncertainMembers => Text();

    public string None => Text();

    public string TiesBehind => Text();

    public string CoverageOverTime => Text();

    public string ChartDescription(string cohort) => Format(nameof(ChartDescription), cohort);

    public string ChartCoveredLine => Text();

    public string ChartUncertainLine => Text();

    public string ChartChosenDate => Text();

    public string Members => Text();

    public string FromStartOfTime => Text();

    public string Onwards => Text();

    public string Period => Text();

    public string Count => Text();

    public string CohortChinaMunicipalities => Text();

    public string CohortChinaProvinceLevel => Text();

    public string CohortKoreaFirstLevel => Text();

    public string CohortJapanPrefectures => Text();

    public string CohortDivisionsOf(string country) => Format(nameof(CohortDivisionsOf), country);

    public string TieTitle => Text();

    public string Parties => Text();

    public string SigningAgency => Text();

    public string StatusToday(string date) => Format(nameof(StatusToday), date);

    public string StatusOn(string date) => Format(nameof(StatusOn), date);

    public string SigningPlace => Text();

    public string History => Text();

    public string EventLabel => Text();

    public string Detail => Text();

    public string Sources => Text();

    public string Signatories => Text();

    public string ContactPersons => Text();

    public string Notes => Text();

    public string TermLabel => Text();

    public string NoTerm => Text();

    public string TermEnd => Text();

    public string TermEndUnknown => Text();

    public string NextAnniversary => Text();

    public string AnniversaryText(int number, string date) => Format(nameof(AnniversaryText), Ordinal(number), date);

    public string AnniversaryUnknown => Text();

    public string DelegationTitle => Text();

    public string Purpose => Text();

    public string DirectionLabel => Text();

    public string Head => Text();

    public string MembersTitle => Text();

    public string Organizations => Text();

    public string Itinerary => Text();

    public string Arrival => Text();

    public string Departure => Text();

    public string Engagements => Text();

    public string Commitments => Text();

    public string CommitmentsOn(string date) => Format(nameof(CommitmentsOn), date);

    public string What => Text();

    public string OwedBy => Text();

    public string OwedTo => Text();

    public string Due => Text();

    public string Overdue => Text();

    public string Leaves => Text();

    public string Returns => Text();

    public string SignInTitle => Text();

    public string Name => Text();

    public string Password => Text();

    public string SignInButton => Text();

    public string SignInRefused => Text();

    public string SignInLockedOut => Text();

    public string ErrorTitle(int status) => Text($"{nameof(ErrorTitle)}.{ErrorKind(status)}");

    public string ErrorMessage(int status) => Text($"{nameof(ErrorMessage)}.{ErrorKind(status)}");

    public string BackHome => Text();

    public string PreviewExpired => Text();

    public string NoEditorConfigured => Text();

    public string RecordTieTitle => Text();

    public string Id => Text();

    public string FirstParty => Text();

    public string SecondParty => Text();

    public string DateAsWritten => Text();

    public string Record => Text();

    public string Recorded(string what) => Format(nameof(Recorded), what);

    public string Refused => Text();

    public string RuleLabel => Text();

    public string CannotRead => Text();

    public string RecordEventTitle => Text();

    public string Tie => Text();

    public string On => Text();

    public string SuspensionReasonLabel => Text();

    public string ReasonOrNote => Text();

    public string TermYears => Text();

    public string UpgradeTo => Text();

    public string TerminatedBy => Text();

    public string RetractedEventNumber => Text();

    public string ImportTitle => Text();

    public string ImportFile => Text();

    public string ImportFormatLabel => Text();

    public string RegisterSheet => Text();

    public string PairList => Text();

    public string Preview => Text();

    public string PreviewNote => Text();

    public string Confirm => Text();

    public string Imported => Text();

    public string NotLanded => Text();

    public string NoFile => Text();

    public string FileTooLarge(int kib) => Format(nameof(FileTooLarge), kib);

    public string TiesCreated => Text();

    public string RegionsCreated => Text();

    public string RegionsMatched => Text();

    public string Duplicates => Text();

    public string SelfTies => Text();

    public string RefusedRows => Text();

    public string Kind(AgreementKind kind) => Named(kind);

    public string Status(AgreementStatus status) => Named(status);

    public string Outcome(CoverageOutcome outcome) => Named(outcome);

    public string CommitmentStatus(CommitmentStatus status) => Named(status);

    public string Direction(DelegationDirection direction) => Named(direction);

    public string SuspensionReason(SuspensionReason reason) => Named(reason);

    /// <summary>An event the form records, by its form name (<c>Approve</c>, <c>Sign</c>, …).</summary>
    public string TieEvent(string kind) => TextOrNull($"{nameof(TieEvent)}.{kind}") ?? kind;

    /// <summary>A history event by its API name (<c>signed</c>, <c>suspended</c>, …).</summary>
    public string Event(string name) => TextOrNull($"{nameof(Event)}.{name}") ?? name;

    /// <summary>An engagement by its API name (<c>meeting</c>, <c>signing</c>, …).</summary>
    public string Engagement(string kind) => TextOrNull($"{nameof(Engagement)}.{kind}") ?? kind;

    public string Term(AgreementTerm term)
    {
        var length = term.Length is { } period
            ? period.Years > 0 && period.Months == 0 && period.Days == 0 && period.Weeks == 0
                ? Format("Term.Years", period.Years)
                : period.ToString()
            : Format("Term.Until", term.LastDay?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        return term.RenewsAutomatically ? length + Text("Term.RenewsItself") : length;
    }

    /// <summary>A field of cooperation: the well-known ones translated, a user's own as it was written.</summary>
    public string Field(CooperationField field) => TextOrNull($"{nameof(Field)}.{field.Name}") ?? field.Name;

    public string DossierOf(string partner, string home, string date) => Format(nameof(DossierOf), partner, home, date);

    public string Visits => Text();

    public string Gifts => Text();

    public string GiftGiven => Text();

    public string GiftReceived => Text();

    public string NextDates => Text();

    public string Leads => Text();

    public string NoLeadsCovered => Text();

    public string NoLeadsFound => Text();

    public string AgendaKind(AgendaEntry entry) => entry.Kind switch
    {
        AgendaEntryKind.Anniversary when entry.IsMilestone => Format("AgendaEntryKind.Milestone", Ordinal(entry.AnniversaryNumber!.Value)),
        AgendaEntryKind.Anniversary => Format("AgendaEntryKind.Anniversary", Ordinal(entry.AnniversaryNumber!.Value)),
        _ => Named(entry.Kind),
    };

    // The map of a home's ties (/map).
    public string NavMap => Text();

    public string MapTitle => Text();

    public string MapTitleOf(string home, string date) => Format(nameof(MapTitleOf), home, date);

    public string MapDescription(int partners, int countries, string? cohort, string? coverage) =>
        Format(nameof(MapDescription), Counted("Partners", partners), Counted("Countries", countries))
        + (cohort is null ? Text("MapDescription.End") : Format("MapDescription.Cohort", cohort, coverage));

    public string SeeOnMap => Text();

    public string NoCohort => Text();

    public string PartnersByCountry => Text();

    public string NoCountry => Text();

    public string NotOnMap => Text();

    public string CohortOnMap(string cohort, string coverage) => Format(nameof(CohortOnMap), cohort, coverage);

    public string MapLegendHome => Text();

    public string MapLegendPartner => Text();

    public string MapPlacing => Text();

    // The office's routine (issue 27, item 5): the home page's next 90 days, statistics, leads, recording a delegation.
    public string NextNinetyDays(string from) => Format(nameof(NextNinetyDays), from);

    public string OverdueCommitments => Text();

    public string NavStatistics => Text();

    public string NavLeads => Text();

    public string NavRecordDelegation => Text();

    public string StatisticsTitle => Text();

    public string StatisticsOf(string home, string date) => Format(nameof(StatisticsOf), home, date);

    public string GroupedBy => Text();

    public string Grouping(StatisticsGrouping grouping) => Named(grouping);

    public string StatisticsHeadline(int ties, int partners, int countries, int uncertain) =>
        Format(nameof(StatisticsHeadline), Counted("Ties", ties), Counted("Partners", partners), Counted("Countries", countries), uncertain);

    public string NationalRegister => Text();

    public string Group => Text();

    public string Key => Text();

    public string NotKnownOrNone => Text();

    public string DownloadCsv => Text();

    public string StatisticsChartDescription(string grouping) => Format(nameof(StatisticsChartDescription), grouping.ToLowerInvariant());

    public string LeadsTitle => Text();

    public string LeadsOf(string home, string cohort, string date) => Format(nameof(LeadsOf), home, cohort, date);

    public string LeadsForTheGap => Text();

    public string NoCoverageGap => Text();

    public string RecordDelegationTitle => Text();

    public string OriginOfVisitors => Text();

    public string TripStarts => Text();

    public string TripEnds => Text();

    public string Role => Text();

    public string Place => Text();

    public string At => Text();

    public string AddStop => Text();

    public string AddEngagement => Text();

    public string AddGift => Text();

    public string AddCommitment => Text();

    public string EngagementRowKind(EngagementRowKind kind) => Named(kind);

    public string EngagementName => Text();

    public string CounterpartTitle => Text();

    public string GiftItem => Text();

    public string Quantity => Text();

    public string Recipient => Text();

    public string DueAsWritten => Text();

    public string SettleCommitmentTitle => Text();

    public string SettleOutcome => Text();

    public string DropReason => Text();

    public string MarkCommitment => Text();

    // Gifts and costs (issue 27, item 3).
    public string GiftWay => Text();

    public string GiftWayName(GiftDirection way) => Named(way);

    public string GiftValue => Text();

    public string Currency => Text();

    public string GiftDispositionLabel => Text();

    public string GiftDispositionName(GiftDispositionKind kind) => Named(kind);

    public string GiftDispositionNote => Text();

    public string BudgetAndCost => Text();

    public string Budget => Text();

    public string ActualCost => Text();

    public string GiftLedger => Text();

    public string LedgerYear => Text();

    public string LedgerGiven => Text();

    public string LedgerReceived => Text();

    public string LedgerBalance => Text();

    public string LedgerWithoutValue => Text();

    public string OnlyProposed => Text();

    public string CheckBeforeSigning => Text();

    public string ChecksBeforeSigningTitle => Text();

    public string NothingToWeigh => Text();

    public string ApprovingBody => Text();

    public string Resolution => Text();

    public string Relation(RegionRelation relation) => Named(relation);

    public string AlreadyTiedCheck(string partnerSide, string partnerRelation, string homeSide, string homeRelation, string tie, string status) =>
        Format(nameof(AlreadyTiedCheck), partnerSide, partnerRelation, homeSide, homeRelation, tie, status);

    public string LapsedTieCheck(string partner, string tie, string status) => Format(nameof(LapsedTieCheck), partner, tie, status);

    public string ConflictingPartnerCheck(string partner, string listed, string relation, string reason) =>
        Format(nameof(ConflictingPartnerCheck), partner, listed, relation, reason);

    public string ApprovalMissingCheck(string kind, string? body) => Format(nameof(ApprovalMissingCheck), kind, body ?? Text("AnyApprovingBody"));

    private static string ErrorKind(int status) => status switch
    {
        404 => "NotFound",
        429 => "TooManyRequests",
        >= 500 => "ServerError",
        _ => "BadRequest",
    };

    /// <summary>An ordinal by English's categories (1st, 2nd, 3rd, 11th, 21st); the form is the language's.</summary>
    private string Ordinal(int number) => Format(
        (number % 100) switch
        {
            11 or 12 or 13 => "Ordinal.Other",
            _ => (number % 10) switch
            {
                1 => "Ordinal.One",
                2 => "Ordinal.Two",
                3 => "Ordinal.Few",
                _ => "Ordinal.Other",
            },
        },
        number);

    /// <summary>A count with its noun (<c>1 partner</c>, <c>3 partners</c>, <c>3곳</c>), one or other by English's rule.</summary>
    private string Counted(string noun, int count) => Format($"Counted.{noun}.{(count == 1 ? "One" : "Other")}", count);

    private string Named<TEnum>(TEnum value)
        where TEnum : struct, Enum => TextOrNull($"{typeof(TEnum).Name}.{value}") ?? value.ToString();

    private string Format(string key, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, Text(key), arguments);

    private string Text([CallerMemberName] string key = "") =>
        TextOrNull(key) ?? throw new MissingManifestResourceException($"The host's texts (Language/Texts.resx) have no text '{key}'.");

    private string? TextOrNull(string key) => Resources.GetString(key, _culture);
}
