using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements.Rules;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// A tie between two or more regions (a sister-city tie, a friendship, a cooperation MOU, a letter of intent,
/// a sector agreement) with its dated lifecycle: proposed, signed, in force, suspended and resumed, renewed,
/// upgraded, terminated or superseded. Its status on any date is derived from that history, never stored.
/// </summary>
/// <remarks>
/// <para>
/// Created by <see cref="Sign(AgreementId, AgreementKind, IEnumerable{Party}, PartialDate, SigningDetails?, string?, IEnumerable{CooperationField}?)"/>
/// or <see cref="Propose"/>, and changed only by methods named after the act (<see cref="Suspend"/>,
/// <see cref="Resume"/>, <see cref="Renew"/>, …). Each method checks the rules before it changes anything: a
/// command that would break one throws a <see cref="DomainRuleException"/> naming the agreement and the
/// <see cref="DomainRule"/>, and leaves the agreement exactly as it was. Every accepted lifecycle command
/// records its event in <see cref="History"/> at its day (a history learned late is recorded in any order) and
/// raises the same event in <see cref="DomainEvents"/>; a mistaken event is taken back with <see cref="Retract"/>.
/// </para>
/// <para>
/// Dates are calendar dates as written where the act happened, and may be known only in part
/// (<see cref="PartialDate"/>): a status on a date inside that uncertainty is <see cref="AgreementStatus.Uncertain"/>,
/// never guessed (see <see cref="StatusOn"/> for every rule), and <see cref="PossibilitiesOn"/> says which statuses
/// and kinds it may have. A tie known only to exist as of a day, with no signing date, is signed
/// <see cref="PartialDate.OnOrBefore"/> that day (<c>..2016-05-01</c>): in force on it, uncertain before.
/// </para>
/// <para>
/// Equality is by reference: two instances with the same <see cref="Id"/> are two copies that may differ;
/// compare <see cref="Id"/>s to ask whether they describe the same tie.
/// </para>
/// <para>
/// <b>Thread safety.</b> Every query is safe from many threads at once while no command runs: queries read an
/// immutable history and timeline that a command replaces whole, and fill no cache. Commands are single-writer: change
/// an agreement from one thread at a time and while no query runs.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var mou = Agreement.Sign(
///     new AgreementId("GG-SH-2025"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai],
///     new LocalDate(2025, 9, 25), new SigningDetails { Place = shanghai, Term = AgreementTerm.OfYears(3) },
///     fields: [CooperationField.Culture, CooperationField.Tourism, CooperationField.Science, CooperationField.Technology]);
/// mou.StatusOn(new LocalDate(2025, 9, 25)); // InForce: an event takes effect on its day
/// mou.StatusOn(new LocalDate(2028, 9, 25)); // Expired: the term covered 2025-09-25 to 2028-09-24
/// </code>
/// </example>
public sealed partial class Agreement
{
    private readonly ImmutableArray<Party> _parties;
    private Particulars? _particulars;
    private ImmutableArray<IAgreementEvent> _history = [];
    private ImmutableArray<IAgreementEvent> _domainEvents = [];
    private AgreementTimeline _timeline;

    private Agreement(AgreementId id, ImmutableArray<Party> parties, string? title, List<CooperationField>? fields)
    {
        Id = id;
        _parties = parties;
        Title = title;
        _particulars = fields is null ? null : new Particulars { Fields = fields };
        _timeline = AgreementTimeline.Empty;
    }

    /// <summary>The agreement's key.</summary>
    public AgreementId Id { get; }

    /// <summary>The agreement's title as signed, such as "Gyeonggi Province–Shanghai Friendly Cooperation MOU", when known.</summary>
    public string? Title { get; }

    /// <summary>The parties, in the order given; at least two, each a distinct region.</summary>
    public IReadOnlyList<Party> Parties => _parties;

    /// <summary>The parties without boxing, for the register's allocation-free coverage count.</summary>
    internal ImmutableArray<Party> PartyArray => _parties;

    /// <summary>The kind after every recorded event: the kind proposed or signed, or the deepest it was upgraded to.</summary>
    public AgreementKind Kind => _timeline.Current.Kind;

    /// <summary>The signing date as far as it is known, or null while the agreement is only proposed.</summary>
    public PartialDate? SignedOn => Signing?.OccurredOn;

    /// <summary>Whether the agreement has been signed.</summary>
    public bool IsSigned => Signing is not null;

    /// <summary>Where the agreement was signed, when known.</summary>
    public Region? SigningPlace => Signing?.Place;

    /// <summary>When the signing ceremony was held, in the signing place's zone, when known.</summary>
    public ZonedDateTime? Ceremony => _particulars?.Ceremony;

    /// <summary>The term after every recorded event: the one signed, or the latest renewal's; null when it runs without one.</summary>
    public AgreementTerm? Term => _timeline.Current.Term;

    /// <summary>Who signed, for which party.</summary>
    public IReadOnlyList<Signatory> Signatories => _particulars is { } particulars ? particulars.Signatories : [];

    /// <summary>The fields of cooperation the agreement covers, in the order added, each once.</summary>
    public IReadOnlyList<CooperationField> Fields => new ParticularsView<CooperationField>(this, static particulars => particulars.Fields);

    /// <summary>The contact persons the parties designated, in the order added.</summary>
    public IReadOnlyList<ContactPerson> ContactPersons => new ParticularsView<ContactPerson>(this, static particulars => particulars.ContactPersons);

    /// <summary>Where the facts about the agreement came from, in the order added.</summary>
    public IReadOnlyList<SourceReference> Sources => new ParticularsView<SourceReference>(this, static particulars => particulars.Sources);

    /// <summary>The register's notes, in the order added.</summary>
    public IReadOnlyList<string> Notes => new ParticularsView<string>(this, static particulars => particulars.Notes);

    /// <summary>
    /// Every lifecycle event that counts, in the order they happened: an event learned late stands at its day, not at
    /// the end, and a retracted event is no longer here (see <see cref="Retractions"/>).
    /// </summary>
    public IReadOnlyList<IAgreementEvent> History => _history;

    /// <summary>The events taken back as recorded in error, with why, in the order retracted (see <see cref="Retract"/>).</summary>
    public IReadOnlyList<AgreementEventRetracted> Retractions => _particulars is { } particulars ? particulars.Retractions : [];

    /// <summary>Whether a party has withdrawn, so that the register's walks skip the binding checks of every other tie.</summary>
    internal bool HasWithdrawals { get; private set; }

    /// <summary>
    /// The events raised since the last <see cref="ClearDomainEvents"/>, for a host app to persist or publish.
    /// Expiry is derived from the term, so it is never raised.
    /// </summary>
    public IReadOnlyList<IAgreementEvent> DomainEvents => _domainEvents;

    /// <summary>
    /// The status and kind on every date, as consecutive spans: the first starts on <see cref="LocalDate.MinIsoValue"/>,
    /// the last never ends. This is what <see cref="StatusOn"/> and <see cref="KindOn"/> look up; it tells a
    /// caller every date on which the status or kind changes.
    /// </summary>
    public IReadOnlyList<AgreementStatusSpan> StatusTimeline => _timeline.Spans;

    private AgreementSigned? Signing => _history.OfType<AgreementSigned>().FirstOrDefault();

    /// <summary>Records an agreement that was signed.</summary>
    /// <param name="id">The agreement's key.</param>
    /// <param name="kind">What sort of tie it makes.</param>
    /// <param name="parties">The parties: at least two distinct regions. A <see cref="Region"/> converts to a party.</param>
    /// <param name="signedOn">The signing date, as far as it is known.</param>
    /// <param name="details">The place, ceremony, term, entry into force and signatories, as far as they are known; null for none.</param>
    /// <param name="title">Its title, when known; trimmed.</param>
    /// <param name="fields">The fields of cooperation it covers; duplicates are kept once.</param>
    /// <returns>The signed agreement, with an <see cref="AgreementSigned"/> in its history and domain events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> or an element of a collection is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or a field is <c>default</c>, <paramref name="kind"/> is not defined, or <paramref name="title"/> is blank.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// Fewer than two parties (<see cref="DomainRule.AgreementNeedsAtLeastTwoParties"/>); a region twice
    /// (<see cref="DomainRule.AgreementPartiesMustBeDistinct"/>); a signatory for a region that is not a party
    /// (<see cref="DomainRule.AgreementPersonMustRepresentAParty"/>); a term that is not positive
    /// (<see cref="DomainRule.AgreementTermMustBePositive"/>); a ceremony without a place, in another zone than the
    /// place's, or on another day than the exactly known signing date (<see cref="DomainRule.CeremonyMustBeAtTheSigning"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// var mou = Agreement.Sign(
    ///     new AgreementId("GG-CQ-2025"), AgreementKind.CooperationMemorandum, [gyeonggi, chongqing],
    ///     new LocalDate(2025, 9, 23),
    ///     new SigningDetails { Place = chongqing, Signatories = [new Signatory("Hu Henghua", "Mayor", chongqing)] },
    ///     fields: [CooperationField.Economy, CooperationField.Trade, CooperationField.Ict]);
    /// </code>
    /// </example>
    public static Agreement Sign(
        AgreementId id,
        AgreementKind kind,
        IEnumerable<Party> parties,
        PartialDate signedOn,
        SigningDetails? details = null,
        string? title = null,
        IEnumerable<CooperationField>? fields = null)
    {
        var agreement = Create(id, kind, parties, title, fields);
        agreement.RecordSigning(signedOn, kind, details ?? SigningDetails.None);
        return agreement;
    }

    /// <summary>Records an agreement that was proposed, or towards which a letter of intent was exchanged, and is not yet signed.</summary>
    /// <param name="id">The agreement's key.</param>
    /// <param name="kind">The kind of agreement proposed.</param>
    /// <param name="parties">The parties: at least two distinct regions.</param>
    /// <param name="proposedOn">The day of the proposal, as far as it is known.</param>
    /// <param name="title">Its title, when known; trimmed.</param>
    /// <param name="fields">The fields of cooperation it would cover; duplicates are kept once.</param>
    /// <returns>The proposed agreement, with an <see cref="AgreementProposed"/> in its history and domain events; sign it later with <see cref="Sign(PartialDate, SigningDetails)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> or an element of a collection is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or a field is <c>default</c>, <paramref name="kind"/> is not defined, or <paramref name="title"/> is blank.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// Fewer than two parties (<see cref="DomainRule.AgreementNeedsAtLeastTwoParties"/>), or a region twice
    /// (<see cref="DomainRule.AgreementPartiesMustBeDistinct"/>).
    /// </exception>
    public static Agreement Propose(
        AgreementId id,
        AgreementKind kind,
        IEnumerable<Party> parties,
        PartialDate proposedOn,
        string? title = null,
        IEnumerable<CooperationField>? fields = null)
    {
        var agreement = Create(id, kind, parties, title, fields);
        agreement.Record(new AgreementProposed(id, proposedOn, kind));
        return agreement;
    }

    /// <summary>Signs a proposed agreement, as the kind proposed (or upgraded to later).</summary>
    /// <param name="signedOn">The signing date, as far as it is known; not certainly before the proposal.</param>
    /// <param name="details">The place, ceremony, term, entry into force and signatories, as far as they are known (<see cref="SigningDetails.None"/> for none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// It is already signed (<see cref="DomainRule.AgreementIsSignedOnce"/>); the date is certainly before the
    /// proposal (<see cref="DomainRule.AgreementEventsMustBeInOrder"/>); or a signatory, the term or the ceremony
    /// breaks a rule, as for the <c>Sign</c> factory.
    /// </exception>
    public void Sign(PartialDate signedOn, SigningDetails details)
    {
        Guard.Against.Null(details);
        AgreementIsSignedOnce.Check(Id, _timeline.Current);
        AgreementEventsMustBeInOrder.Check(Id, _history, signedOn);
        RecordSigning(signedOn, Kind, details);
    }

    /// <summary>Records the entry into force of an agreement signed to enter into force later. Its term runs from this day.</summary>
    /// <param name="on">The day it came into force, as far as it is known.</param>
    /// <remarks>
    /// Like every lifecycle command, it records the event at its day, not only at the end: before the first recorded
    /// event it is certainly before, after every other (an event on the same day as a recorded one comes after it).
    /// The whole history is then checked again, each event against the state the events before it leave, and the
    /// command is refused as a whole if any event would break a rule; every answer follows the new history.
    /// </remarks>
    /// <exception cref="DomainRuleException">
    /// It would follow the agreement's termination or supersession (<see cref="DomainRule.EndedAgreementIsFinal"/>);
    /// the agreement is not signed, or the day is certainly before the signing (<see cref="DomainRule.AgreementEventCannotPrecedeSigning"/>);
    /// it is not awaiting entry into force at that point of the history (<see cref="DomainRule.EntryIntoForceMustBeAwaited"/>);
    /// or an event already recorded after it no longer holds (the rule that event breaks).
    /// </exception>
    public void EnterIntoForce(PartialDate on) => RecordAtItsDay(new AgreementEnteredIntoForce(Id, on));

    /// <summary>Records that exchanges under the agreement were suspended. The term keeps running meanwhile.</summary>
    /// <param name="on">The day they were suspended, as far as it is known.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">More about why, when given; trimmed.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is not defined, or <paramref name="note"/> is blank.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); or it is not in force: awaiting
    /// entry into force, already suspended, or certainly expired on that day (<see cref="DomainRule.SuspendOnlyAnAgreementInForce"/>).
    /// </exception>
    public void Suspend(PartialDate on, SuspensionReason reason, string? note = null)
    {
        Guard.Against.EnumOutOfRange(reason);
        var trimmed = note is null ? null : Guard.Against.NullOrWhiteSpace(note).Trim();
        RecordAtItsDay(new AgreementSuspended(Id, on, reason, trimmed));
    }

    /// <summary>
    /// Records that exchanges under the suspended agreement were resumed. Resuming after the term ran out leaves
    /// it <see cref="AgreementStatus.Expired"/>: only a renewal revives it.
    /// </summary>
    /// <param name="on">The day they were resumed, as far as it is known.</param>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); or it is not suspended
    /// (<see cref="DomainRule.ResumeOnlyASuspendedAgreement"/>).
    /// </exception>
    public void Resume(PartialDate on) => RecordAtItsDay(new AgreementResumed(Id, on));

    /// <summary>
    /// Records a renewal with a new term, which runs from the renewal's day. An expired agreement is revived
    /// from that day; a suspended one stays suspended until resumed.
    /// </summary>
    /// <param name="on">The day of the renewal, as far as it is known.</param>
    /// <param name="term">The new term.</param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); it has not entered into force
    /// (<see cref="DomainRule.RenewOnlyAnAgreementThatEnteredIntoForce"/>); or the term is not positive
    /// (<see cref="DomainRule.AgreementTermMustBePositive"/>).
    /// </exception>
    public void Renew(PartialDate on, AgreementTerm term)
    {
        Guard.Against.Null(term);
        AgreementTermMustBePositive.Check(Id, term);
        RecordAtItsDay(new AgreementRenewed(Id, on, term));
    }

    /// <summary>Records an upgrade to a deeper kind (a friendship upgraded to a sister tie). <see cref="KindOn"/> gives the new kind from the upgrade's day.</summary>
    /// <param name="on">The day of the upgrade, as far as it is known.</param>
    /// <param name="to">The deeper kind.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); or the kind is not strictly
    /// deeper than <see cref="Kind"/> (<see cref="DomainRule.UpgradeMustBeDeeper"/>).
    /// </exception>
    public void Upgrade(PartialDate on, AgreementKind to)
    {
        Guard.Against.EnumOutOfRange(to);
        var at = PlaceOf(on);
        RecordAt(at, new AgreementUpgraded(Id, on, _timeline.StateAfter(at).Kind, to));
    }

    /// <summary>
    /// Records that a party ended the agreement. Final: no act can follow it, though facts about the agreement (a source,
    /// a note, an event learned late that happened before the end) are still accepted.
    /// </summary>
    /// <param name="on">The day it ended, as far as it is known.</param>
    /// <param name="by">The party that ended it.</param>
    /// <param name="reason">Why, as the party or the register gives it; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); or <paramref name="by"/> is not a
    /// party, or withdrew before (<see cref="DomainRule.TerminatingPartyMustBeAParty"/>).
    /// </exception>
    public void Terminate(PartialDate on, Region by, string reason)
    {
        Guard.Against.Null(by);
        var trimmed = Guard.Against.NullOrWhiteSpace(reason).Trim();
        RecordAtItsDay(new AgreementTerminated(Id, on, by, trimmed));
    }

    /// <summary>Records that another agreement replaced this one. Final: no act can follow it (facts about it are still accepted).</summary>
    /// <param name="on">The day it was replaced, as far as it is known.</param>
    /// <param name="by">The agreement that replaced it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is <c>default</c>.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); or <paramref name="by"/> is this
    /// agreement (<see cref="DomainRule.AgreementCannotSupersedeItself"/>).
    /// </exception>
    public void Supersede(PartialDate on, AgreementId by)
    {
        Guard.Against.Default(by);
        AgreementCannotSupersedeItself.Check(Id, by);
        RecordAtItsDay(new AgreementSuperseded(Id, on, by));
    }

    /// <summary>
    /// Records that one party left a tie of three or more parties. From the withdrawal's day that party is no longer
    /// bound (<see cref="BindsOn"/>), while the others stay bound and keep covering each other; the agreement's status
    /// does not change. A tie of two parties that one of them leaves ends: record that with <see cref="Terminate"/>.
    /// </summary>
    /// <param name="on">The day the party withdrew, as far as it is known.</param>
    /// <param name="party">The region that withdrew.</param>
    /// <param name="reason">Why, as the party or the register gives it; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    /// <exception cref="DomainRuleException">
    /// As for <see cref="EnterIntoForce"/> (ended, before the signing, the history checked again); the region is not a
    /// party or has already withdrawn (<see cref="DomainRule.WithdrawingRegionMustBeABoundParty"/>); or only two parties
    /// are bound, so that leaving would end the tie (<see cref="DomainRule.WithdrawalMustLeaveTwoBoundParties"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// trilateral.Withdraw(new LocalDate(2021, 3, 1), busan, "regional reorganisation");
    /// trilateral.BindsOn(busan, new LocalDate(2021, 3, 1));    // false: a withdrawal takes effect on its day
    /// trilateral.StatusOn(new LocalDate(2021, 3, 1));          // InForce: the other parties stay bound
    /// </code>
    /// </example>
    public void Withdraw(PartialDate on, Region party, string reason)
    {
        Guard.Against.Null(party);
        var trimmed = Guard.Against.NullOrWhiteSpace(reason).Trim();
        RecordAtItsDay(new AgreementPartyWithdrew(Id, on, party, trimmed));
        HasWithdrawals = true;
    }

    /// <summary>
    /// Takes back an event recorded in error. It no longer counts for any answer; the retraction is kept in
    /// <see cref="Retractions"/> and raised as an <see cref="AgreementEventRetracted"/>. What is left must still be a
    /// valid history: retracting a suspension that a later resumption depends on is refused (retract the resumption
    /// first), never repaired by dropping more than was asked.
    /// </summary>
    /// <param name="recorded">The event, as it stands in <see cref="History"/> (events compare by value; of equal ones, the latest is retracted).</param>
    /// <param name="reason">Why it is taken back; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recorded"/> is not in <see cref="History"/>, or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="DomainRuleException">
    /// It is the signing or proposal that created the agreement (<see cref="DomainRule.AgreementSigningCannotBeRetracted"/>),
    /// or the history without it breaks a rule (the rule it breaks, for example <see cref="DomainRule.ResumeOnlyASuspendedAgreement"/>).
    /// Nothing changes.
    /// </exception>
    /// <example>
    /// <code>
    /// var wrong = tie.History.OfType&lt;AgreementSuspended&gt;().Single();
    /// tie.Retract(wrong, "the 2003 suspension was another city's");
    /// </code>
    /// </example>
    public void Retract(IAgreementEvent recorded, string reason)
    {
        Guard.Against.Null(recorded);
        var trimmed = Guard.Against.NullOrWhiteSpace(reason).Trim();
        var at = _history.LastIndexOf(recorded);
        if (at < 0)
        {
            throw new ArgumentException($"Agreement {Id} has no such event in its history: {recorded}.", nameof(recorded));
        }

        AgreementSigningCannotBeRetracted.Check(Id, recorded);
        var history = _history.RemoveAt(at);
        var timeline = AgreementHistoryCheck.Check(Id, _parties, history);
        var retraction = new AgreementEventRetracted(Id, recorded, trimmed);
        Commit(history, timeline);
        Particular.Retractions = Particular.Retractions.Add(retraction);
        _domainEvents = _domainEvents.Add(retraction);
        HasWithdrawals = history.Any(change => change is AgreementPartyWithdrew);
    }

    /// <summary>Adds a field of cooperation; a field already covered is left as it is.</summary>
    /// <param name="field">The field.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> is <c>default</c>.</exception>
    public void AddField(CooperationField field)
    {
        Guard.Against.Default(field);
        AddOnce(ref Particular.Fields, field);
    }

    /// <summary>Records a contact person a party designated; one already recorded is left as it is.</summary>
    /// <param name="contact">The contact person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    /// <exception cref="DomainRuleException">The person speaks for a region that is not a party (<see cref="DomainRule.AgreementPersonMustRepresentAParty"/>).</exception>
    public void AddContactPerson(ContactPerson contact)
    {
        Guard.Against.Null(contact);
        AgreementPersonMustRepresentAParty.Check(Id, _parties, contact.Party, $"the contact person {contact.Name}");
        AddOnce(ref Particular.ContactPersons, contact);
    }

    /// <summary>Records where a fact about the agreement came from; a source already recorded is left as it is.</summary>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public void AddSource(SourceReference source)
    {
        Guard.Against.Null(source);
        AddOnce(ref Particular.Sources, source);
    }

    /// <summary>
    /// Records where one event of the history came from: a citation for the fact it supports (the upgrade of 19 June
    /// per one report). Sources that disagree stay side by side: record the event with a date that holds every
    /// reading (19 May to 19 June) and attach each report to it. A source already attached to that event is left as it is.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="fact">The event it supports, as it stands in <see cref="History"/> or <see cref="Retractions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="fact"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fact"/> was never recorded on this agreement.</exception>
    /// <example>
    /// <code>
    /// tie.Upgrade(PartialDate.Between(new LocalDate(2025, 5, 19), new LocalDate(2025, 6, 19)), AgreementKind.SisterCity);
    /// var upgrade = tie.History[^1];
    /// tie.AddSource(SourceReference.FromCitation("City gazette: upgraded 19 May 2025"), upgrade);
    /// tie.AddSource(SourceReference.FromCitation("Daily report: upgraded 19 June 2025"), upgrade);
    /// tie.SourcesOf(upgrade);   // both, in the order added
    /// </code>
    /// </example>
    public void AddSource(SourceReference source, IAgreementEvent fact)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(fact);
        if (!_history.Contains(fact) && !Retractions.Any(retraction => retraction.Retracted.Equals(fact)))
        {
            throw new ArgumentException($"Agreement {Id} never recorded the event {fact}.", nameof(fact));
        }

        AddOnce(ref Particular.FactSources, (fact, source));
    }

    /// <summary>The sources attached to one event with <see cref="AddSource(SourceReference, IAgreementEvent)"/>, in the order added; they stay after a retraction.</summary>
    /// <param name="fact">The event.</param>
    /// <returns>The sources; empty when none was attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public IReadOnlyList<SourceReference> SourcesOf(IAgreementEvent fact)
    {
        Guard.Against.Null(fact);
        return [.. (_particulars?.FactSources ?? []).Where(pair => pair.Fact.Equals(fact)).Select(pair => pair.Source)];
    }

    /// <summary>Adds a note of the register.</summary>
    /// <param name="note">The note; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty or white space.</exception>
    public void AddNote(string note) => (Particular.Notes ??= []).Add(Guard.Against.NullOrWhiteSpace(note).Trim());

    /// <summary>Forgets the raised events, once a host app has persisted or published them. The history is kept.</summary>
    public void ClearDomainEvents() => _domainEvents = [];

    /// <summary>Whether a region is one of the parties.</summary>
    /// <param name="region">The region.</param>
    /// <returns>True when one of the parties is that region (by id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public bool HasParty(Region region)
    {
        Guard.Against.Null(region);
        foreach (var party in _parties)
        {
            if (party.Region.Equals(region))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a region is certainly bound by the agreement on a date: it is a party and has not withdrawn by then. A
    /// withdrawal takes effect on its day; one dated in part counts from its earliest possible day. This says nothing
    /// of the agreement's own status: ask <see cref="StatusOn"/> for that.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when the region is a party that has certainly not withdrawn on or before that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public bool BindsOn(Region region, LocalDate date) => HasParty(region) && BindingOn(region, date).Certainly;

    /// <summary>The days on which a party's binding may change: the earliest and latest day of each withdrawal.</summary>
    internal IEnumerable<LocalDate> BindingChanges => _history.OfType<AgreementPartyWithdrew>()
        .SelectMany(withdrawal => new[] { withdrawal.OccurredOn.Earliest, withdrawal.OccurredOn.Latest })
        .OfType<LocalDate>();

    /// <summary>Whether a party is certainly, or possibly, still bound on a date, judged on its withdrawal's own bounds.</summary>
    internal (bool Certainly, bool Possibly) BindingOn(Region party, LocalDate date)
    {
        if (!HasWithdrawals || _history.OfType<AgreementPartyWithdrew>().FirstOrDefault(w => w.Party.Equals(party)) is not { } withdrawal)
        {
            return (true, true);
        }

        var day = Iso(date);
        var certainly = withdrawal.OccurredOn.Earliest is { } earliest && day < earliest;
        var possibly = withdrawal.OccurredOn.Latest is not { } latest || day < latest;
        return (certainly, possibly);
    }

    /// <summary>Where the agreement stands on a date: a pure function of its history and term, defined on every date.</summary>
    /// <param name="date">The date, as written where the agreement applies (a non-ISO date is converted to ISO).</param>
    /// <returns>The status on that date.</returns>
    /// <remarks>
    /// <para>The rules, each tested by name:</para>
    /// <list type="number">
    /// <item>An event takes effect <b>on</b> its day: the status on that day is the new one.</item>
    /// <item>
    /// Events on the same day apply in the order recorded; the status on that day is the one after all of them
    /// (suspended and resumed on one day: in force).
    /// </item>
    /// <item>
    /// Before the first event the status is <see cref="AgreementStatus.None"/>. A signed agreement is in force from
    /// the signing day, unless signed to enter into force later: then it is <see cref="AgreementStatus.NotYetInForce"/>
    /// until its <see cref="EnterIntoForce"/>.
    /// </item>
    /// <item>
    /// A term of length <c>P</c> runs from its effective day <c>E</c> (the entry into force, or the latest renewal)
    /// through <c>E + P − 1 day</c> inclusive; from <c>E + P</c> the agreement is <see cref="AgreementStatus.Expired"/>.
    /// A term until a stated day (<see cref="AgreementTerm.Until"/>) runs through that day inclusive, whatever the
    /// start, and is expired from the next.
    /// </item>
    /// <item>A term that renews itself is extended by successive whole terms: the agreement never expires.</item>
    /// <item>
    /// A suspension does not stop the term: a suspended agreement whose term runs out is expired, and resuming it
    /// leaves it expired. Only a renewal revives an expired agreement, from the renewal's day; a renewal does not
    /// lift a suspension.
    /// </item>
    /// <item>A termination or a supersession is final: terminated or superseded on every later day.</item>
    /// <item>
    /// Dates known in part: an event's day lies somewhere between its earliest and latest day (and, since events
    /// happen in the order recorded, between those of the events around it). On a date where the possible
    /// histories, or a term end that moves with a start known in part, give different statuses, the status is
    /// <see cref="AgreementStatus.Uncertain"/>; where they agree it is that status. Since an event takes effect on
    /// its day, an event known to lie in <c>[earliest, latest]</c> leaves the status uncertain from <c>earliest</c>
    /// through the day before <c>latest</c>: on <c>latest</c> it has certainly taken effect (a signing "in September
    /// 2025" is uncertain from 1 to 29 September, in force from the 30th). A tie with no known date at all is
    /// uncertain on every date where its signing would change the answer.
    /// </item>
    /// </list>
    /// <para>O(log events), allocation-free: the answer is looked up in <see cref="StatusTimeline"/>.</para>
    /// </remarks>
    public AgreementStatus StatusOn(LocalDate date) => _timeline.StatusOn(Iso(date));

    /// <summary>
    /// Every status and kind the agreement may have on a date, as exact pairs: where <see cref="StatusOn"/> says
    /// <see cref="AgreementStatus.Uncertain"/> or <see cref="KindOn"/> says null, this says between what. A tie
    /// certainly in force whose upgrade date is known only as a range is "in force, a friendship or a sister tie".
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The possibilities, never empty: a single pair when both status and kind are certain. Its
    /// <see cref="AgreementPossibilities.Status"/> is <see cref="StatusOn"/> and its <see cref="AgreementPossibilities.Kind"/>
    /// is <see cref="KindOn"/>. O(log events), allocation-free.
    /// </returns>
    public AgreementPossibilities PossibilitiesOn(LocalDate date) => _timeline.PossibilitiesOn(Iso(date));

    /// <summary>
    /// The kind of the agreement on a date: the kind proposed or signed until an upgrade, and the deeper kind from
    /// the upgrade's day. It answers on every date (before the signing it is the kind proposed or signed, since
    /// the kind does not say whether the tie existed: ask <see cref="StatusOn"/> for that).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind, or null when the date falls inside the uncertainty of an upgrade's date.</returns>
    public AgreementKind? KindOn(LocalDate date) => _timeline.KindOn(Iso(date));

    /// <summary>
    /// The last day (inclusive) of the term running on a date: <c>E + P − 1 day</c>, or for a term that renews
    /// itself the end of the whole term (counted from the first effective day) that contains the date. Use it for
    /// "terms ending in a window".
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The last day of the term, or null when no term is running on that date (none was set, the agreement is not
    /// in force or suspended then, or it has expired or ended), when the term's start or the status is uncertain,
    /// or when the term runs to the calendar's last day (31 December 9999) or past it: such a term has no end the
    /// calendar can name, and the agreement stays in force to that last day.
    /// </returns>
    public LocalDate? TermEndsOn(LocalDate date) => _timeline.TermEndsOn(Iso(date));

    /// <summary>The last days of the terms that started on a day known only in part, for <c>Register.TermsEndingIn</c>.</summary>
    internal IEnumerable<(LocalDate First, LocalDate Last, bool Certain)> TermEndsFromPartlyKnownStarts() =>
        _timeline.TermEndsFromPartlyKnownStarts(_history);

    /// <summary>
    /// The n-th anniversary of the signing. A signing on 29 February has its anniversaries on 28 February in common
    /// years (and on 29 February in leap years): the anniversary never spills into March.
    /// </summary>
    /// <param name="n">Which anniversary, from 1.</param>
    /// <returns>The anniversary, or null when the signing day is not known exactly or the anniversary lies beyond the calendar (year 9999).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public AgreementAnniversary? Anniversary(int n)
    {
        return AnniversaryFallsOn(n) is { Exact: { } day } ? new AgreementAnniversary(n, day) : null;
    }

    /// <summary>
    /// The days the n-th anniversary of the signing may fall on, as partly known as the signing: a tie signed "in
    /// October 1993" has its 30th anniversary "in October 2023", one signed in 1993 "in 2023", one signed between two
    /// days between those days n years on (with the 29 February rule of <see cref="Anniversary"/>).
    /// </summary>
    /// <param name="n">Which anniversary, from 1.</param>
    /// <returns>
    /// The anniversary's possible days, or null when the agreement is not signed, its signing has an open bound
    /// (an undated tie signed on or before a day has no countable anniversaries), or the anniversary lies beyond the
    /// calendar (year 9999).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public PartialDate? AnniversaryFallsOn(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (SignedOn is not { Earliest: { } first, Latest: { } last } signed || last.Year > 9999 - n)
        {
            return null;
        }

        return signed.Precision switch
        {
            DatePrecision.Month => PartialDate.InMonth(first.Year + n, first.Month),
            DatePrecision.Year => PartialDate.InYear(first.Year + n),
            _ => PartialDate.Between(first.PlusYears(n), last.PlusYears(n)),
        };
    }

    /// <summary>The first anniversary of the signing that falls on or after a date, with the same 29 February rule as <see cref="Anniversary"/>.</summary>
    /// <param name="date">The date; the anniversary on that very day counts.</param>
    /// <returns>The anniversary (the first one for any date up to it), or null when the signing day is not known exactly or the anniversary lies beyond the calendar.</returns>
    public AgreementAnniversary? NextAnniversaryOnOrAfter(LocalDate date)
    {
        if (SignedOn?.Exact is not { } signed)
        {
            return null;
        }

        var day = Iso(date);
        var n = Math.Max(1, day.Year - signed.Year);
        if (Anniversary(n) is { } anniversary && anniversary.Date >= day)
        {
            return anniversary;
        }

        return Anniversary(n + 1);
    }

    /// <summary>Describes the agreement for logs and debugging.</summary>
    /// <returns>The id, the kind and the parties.</returns>
    public override string ToString() => $"{Id}: {Kind} between {string.Join(", ", _parties.Select(party => party.Region.Name))}";

    /// <summary>The particulars, made on the first write of one.</summary>
    private Particulars Particular => _particulars ??= new Particulars();

    private static Agreement Create(AgreementId id, AgreementKind kind, IEnumerable<Party> parties, string? title, IEnumerable<CooperationField>? fields)
    {
        Guard.Against.Default(id);
        Guard.Against.EnumOutOfRange(kind);
        var partyList = Guard.Against.Null(parties).ToImmutableArray();
        foreach (var party in partyList)
        {
            Guard.Against.Null(party, nameof(parties));
        }

        List<CooperationField>? fieldList = null;
        foreach (var field in fields ?? [])
        {
            Guard.Against.Default(field, nameof(fields));
            AddOnce(ref fieldList, field);
        }

        var trimmedTitle = title is null ? null : Guard.Against.NullOrWhiteSpace(title).Trim();
        AgreementNeedsAtLeastTwoParties.Check(id, partyList);
        AgreementPartiesMustBeDistinct.Check(id, partyList);
        return new Agreement(id, partyList, trimmedTitle, fieldList);
    }

    private static void AddOnce<T>(ref List<T>? list, T item)
    {
        list ??= [];
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>
    /// Where an event dated <paramref name="on"/> stands: before the first recorded event it is certainly before, so that
    /// an event learned late takes its place, and after every event on the same day or possibly before it.
    /// </summary>
    private int PlaceOf(PartialDate on)
    {
        for (var i = 0; i < _history.Length; i++)
        {
            if (on.IsCertainlyBefore(_history[i].OccurredOn))
            {
                return i;
            }
        }

        return _history.Length;
    }

    private void RecordAtItsDay(IAgreementEvent change) => RecordAt(PlaceOf(change.OccurredOn), change);

    private void RecordAt(int at, IAgreementEvent change)
    {
        // The whole history is checked again, so an event learned late cannot strand a later one.
        var history = _history.Insert(at, change);
        var timeline = AgreementHistoryCheck.Check(Id, _parties, history);
        Commit(history, timeline);
        Raise(change);
    }

    /// <summary>
    /// Swaps in a checked history. An upgrade names the kind it upgraded from, which an upgrade learned late before it,
    /// or one retracted, changes: such an entry is restated with the kind it now follows, and its sources go with it.
    /// </summary>
    private void Commit(ImmutableArray<IAgreementEvent> history, AgreementTimeline timeline)
    {
        var builder = history.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            if (builder[i] is AgreementUpgraded upgraded && timeline.StateAfter(i).Kind is var from && upgraded.From != from)
            {
                var restated = upgraded with { From = from };
                builder[i] = restated;
                var factSources = _particulars?.FactSources ?? [];
                for (var s = 0; s < factSources.Count; s++)
                {
                    if (factSources[s].Fact.Equals(upgraded))
                    {
                        factSources[s] = (restated, factSources[s].Source);
                    }
                }
            }
        }

        _history = builder.ToImmutable();
        _timeline = timeline;
    }

    private void RecordSigning(PartialDate signedOn, AgreementKind kind, SigningDetails details)
    {
        foreach (var signatory in details.Signatories)
        {
            AgreementPersonMustRepresentAParty.Check(Id, _parties, signatory.Party, $"the signatory {signatory.Name}");
        }

        AgreementTermMustBePositive.Check(Id, details.Term);
        CeremonyMustBeAtTheSigning.Check(Id, signedOn, details.Place, details.Ceremony);
        Record(new AgreementSigned(Id, signedOn, kind, details.Place, details.Term, details.EntersIntoForceOnSigning));
        if (details.Ceremony is not null || details.Signatories.Count > 0)
        {
            Particular.Ceremony = details.Ceremony;
            Particular.Signatories = [.. details.Signatories];
        }
    }

    private void Record(IAgreementEvent change)
    {
        // Built before anything is assigned, so that an agreement is never seen half-changed.
        var history = _history.Add(change);
        var timeline = AgreementTimeline.Build(history);
        _history = history;
        _timeline = timeline;
        Raise(change);
    }

    private void Raise(IAgreementEvent change) =>
        // The first event of a new agreement is its whole history too: one array serves both, as both are immutable.
        _domainEvents = _domainEvents.IsEmpty && _history is [var only] && ReferenceEquals(only, change) ? _history : _domainEvents.Add(change);

    /// <summary>
    /// What most agreements of a large register never have: fields, contacts, sources, notes, signatories, a ceremony,
    /// retractions. Kept apart and made on the first of them, so that a bare tie holds one null reference for all.
    /// </summary>
    private sealed class Particulars
    {
        public List<CooperationField>? Fields;
        public List<ContactPerson>? ContactPersons;
        public List<SourceReference>? Sources;
        public List<(IAgreementEvent Fact, SourceReference Source)>? FactSources;
        public List<string>? Notes;
        public ImmutableArray<Signatory> Signatories = [];
        public ImmutableArray<AgreementEventRetracted> Retractions = [];
        public ZonedDateTime? Ceremony;
    }

    /// <summary>
    /// A read-only view of one list of the particulars that follows the agreement: a view taken while the list does not
    /// exist yet still shows what is added later, as a view of a list made up front would.
    /// </summary>
    private sealed class ParticularsView<T>(Agreement owner, Func<Particulars, List<T>?> select) : IReadOnlyList<T>
    {
        private List<T> Current => (owner._particulars is { } particulars ? select(particulars) : null) ?? [];

        public int Count => Current.Count;

        public T this[int index] => Current[index];

        public IEnumerator<T> GetEnumerator() => Current.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
