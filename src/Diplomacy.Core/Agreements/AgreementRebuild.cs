using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements.Rules;

namespace Diplomacy.Core.Agreements;

/// <summary>Storing an agreement as facts and rebuilding it from them, through the commands' own checks.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// Rebuilds an agreement from the facts a host stored (see <see cref="ToFacts"/>), checking every rule as the
    /// commands do: the history is replayed event by event through the command that records it, so a stored history
    /// that breaks a rule is refused with the same <see cref="DomainRuleException"/> the command throws.
    /// </summary>
    /// <param name="facts">The stored facts.</param>
    /// <returns>
    /// The agreement, answering every question as the one stored did. It was loaded, not changed: its
    /// <see cref="DomainEvents"/> are empty.
    /// </returns>
    /// <remarks>
    /// <para>
    /// The history must be the one <see cref="History"/> gave: the first event is the proposal or the signing, every
    /// event names this agreement, and each stands where, and with the values that, its command records it (an event
    /// stored after one it certainly precedes, an upgrade naming another kind than the one it follows, a reason with
    /// spaces the command would have trimmed, are refused as malformed). The ceremony and signatories go with the
    /// signing.
    /// </para>
    /// <para>
    /// A retraction is taken as stored: the order in which events were recorded and retracted is not stored, so the
    /// history it was retracted from cannot be replayed. Each must name this agreement, hold a reason and take back an
    /// event other than the proposal or signing (<see cref="DomainRule.AgreementSigningCannotBeRetracted"/>).
    /// </para>
    /// <para>Nothing half-built is returned: a refusal throws before the agreement escapes.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history is empty, holds a retraction, a second proposal or an event of another agreement, or stands in
    /// another order or with other values than its commands record; a retraction is of another agreement or has a
    /// blank reason; a ceremony or signatories are given without a signing; an event source names an event never
    /// recorded; or a value is refused as its command refuses it (a default id, a blank title or note).
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// A rule of the command that records an event is broken (the rule, as that command names it: for example
    /// <see cref="DomainRule.ResumeOnlyASuspendedAgreement"/> or <see cref="DomainRule.AgreementPartiesMustBeDistinct"/>);
    /// the history does not start with the proposal or signing (<see cref="DomainRule.AgreementEventCannotPrecedeSigning"/>);
    /// a contact person speaks for no party (<see cref="DomainRule.AgreementPersonMustRepresentAParty"/>); or a retraction
    /// takes back the proposal or signing (<see cref="DomainRule.AgreementSigningCannotBeRetracted"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// var stored = tie.ToFacts();
    /// var loaded = Agreement.Rebuild(stored);
    /// loaded.StatusOn(new LocalDate(2025, 9, 25)) == tie.StatusOn(new LocalDate(2025, 9, 25)); // true, on every date
    /// </code>
    /// </example>
    public static Agreement Rebuild(AgreementFacts facts)
    {
        Guard.Against.Null(facts);
        var history = facts.History;
        if (history.Count == 0)
        {
            throw new ArgumentException($"Agreement {facts.Id}: a stored history starts with the proposal or signing that created the agreement; it is empty.", nameof(facts));
        }

        // Indexed loops throughout: the stored lists are boxed immutable arrays, whose enumerators are allocated, once per
        // list of every agreement of a register being loaded.
        for (var i = 0; i < history.Count; i++)
        {
            MustBeOf(facts.Id, history[i], "event", nameof(facts));
        }

        var replay = new Replay(facts, nameof(facts));
        var agreement = history[0].Accept(replay);
        for (var i = 1; i < history.Count; i++)
        {
            history[i].Accept(replay);
        }

        agreement.MustHaveReplayed(history, nameof(facts));
        agreement.RestoreRetractions(facts.Retractions, nameof(facts));
        for (var i = 0; i < facts.ContactPersons.Count; i++)
        {
            agreement.AddContactPerson(facts.ContactPersons[i]);
        }

        for (var i = 0; i < facts.Sources.Count; i++)
        {
            agreement.AddSource(facts.Sources[i]);
        }

        for (var i = 0; i < facts.EventSources.Count; i++)
        {
            agreement.AddSource(facts.EventSources[i].Source, facts.EventSources[i].Event);
        }

        for (var i = 0; i < facts.Notes.Count; i++)
        {
            agreement.AddNote(facts.Notes[i]);
        }

        agreement.ClearDomainEvents();
        return agreement;
    }

    /// <summary>
    /// Everything a host needs to store the agreement, in public types: its id, title, parties, history, retractions,
    /// signing details, fields, contact persons, sources (of the whole and of each event) and notes.
    /// </summary>
    /// <returns>The facts; <see cref="Rebuild"/> gives back an agreement that answers as this one, and whose facts equal these.</returns>
    /// <example>
    /// <code>
    /// AgreementFacts stored = tie.ToFacts();
    /// </code>
    /// </example>
    public AgreementFacts ToFacts() => new()
    {
        Id = Id,
        Title = Title,
        Parties = Parties,
        History = History,
        Retractions = Retractions,
        Ceremony = Ceremony,
        Signatories = Signatories,
        Fields = Fields,
        ContactPersons = ContactPersons,
        Sources = Sources,
        EventSources = EventSources(),
        Notes = Notes,
    };

    /// <summary>Each event's sources, the history's events first; most agreements of a large register have none to look for.</summary>
    private IReadOnlyList<AgreementEventSource> EventSources()
    {
        if (_particulars?.FactSources is not { Count: > 0 })
        {
            return [];
        }

        var retracted = Retractions.Select(retraction => retraction.Retracted);
        return [.. History.Concat(retracted).Distinct().SelectMany(change => SourcesOf(change).Select(source => new AgreementEventSource(change, source)))];
    }

    private static SigningDetails Details(AgreementFacts facts, AgreementSigned signed) => new()
    {
        Place = signed.Place,
        Ceremony = facts.Ceremony,
        Term = signed.Term,
        EntersIntoForceOnSigning = signed.EntersIntoForceOnSigning,
        Signatories = facts.Signatories,
    };

    private static void MustBeOf(AgreementId id, IAgreementEvent change, string what, string parameterName)
    {
        if (change.AgreementId != id)
        {
            throw new ArgumentException($"Agreement {id}: the stored {what} {change} belongs to agreement {change.AgreementId}.", parameterName);
        }
    }

    private void MustHaveReplayed(IReadOnlyList<IAgreementEvent> stored, string parameterName)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            if (!History[i].Equals(stored[i]))
            {
                throw new ArgumentException(
                    $"Agreement {Id}: the stored event #{i + 1} is {stored[i]}, but its commands record {History[i]} there; "
                    + "a stored history keeps the order and the values the commands recorded.",
                    parameterName);
            }
        }
    }

    private void RestoreRetractions(IReadOnlyList<AgreementEventRetracted> retractions, string parameterName)
    {
        for (var i = 0; i < retractions.Count; i++)
        {
            var retraction = retractions[i];
            MustBeOf(Id, retraction, "retraction", parameterName);
            MustBeOf(Id, retraction.Retracted, "retracted event", parameterName);
            Guard.Against.NullOrWhiteSpace(retraction.Reason, parameterName, $"Agreement {Id}: the retraction of {retraction.Retracted} has no reason.");
            if (retraction.Retracted is AgreementEventRetracted)
            {
                throw new ArgumentException($"Agreement {Id}: a retraction takes back an event of the history, not another retraction.", parameterName);
            }

            AgreementSigningCannotBeRetracted.Check(Id, retraction.Retracted);
        }

        if (retractions.Count > 0)
        {
            Particular.Retractions = [.. retractions];
        }
    }

    /// <summary>
    /// A stored history replayed through the command that records each event, so that it is checked as the commands
    /// check it: the core's one mapping from events to commands. The first event, a proposal or signing, creates the
    /// agreement; every later one is recorded on it.
    /// </summary>
    private sealed class Replay(AgreementFacts facts, string parameterName) : IAgreementEventVisitor<Agreement>
    {
        private Agreement? _agreement;

        public Agreement Visit(AgreementProposed change)
        {
            if (_agreement is not null)
            {
                throw new ArgumentException(
                    $"Agreement {facts.Id}: a stored history holds one proposal, as its first event; {change} cannot be replayed.", parameterName);
            }

            var agreement = Propose(facts.Id, change.Kind, facts.Parties, change.OccurredOn, facts.Title, facts.Fields);
            if (!facts.History.OfType<AgreementSigned>().Any() && (facts.Ceremony is not null || facts.Signatories.Count > 0))
            {
                throw new ArgumentException($"Agreement {facts.Id} is only proposed, so it has no signing ceremony or signatories.", parameterName);
            }

            return _agreement = agreement;
        }

        public Agreement Visit(AgreementApproved change) =>
            Then(change, static (agreement, recorded) => agreement.Approve(recorded.OccurredOn, recorded.Body, recorded.Resolution));

        public Agreement Visit(AgreementSigned change)
        {
            if (_agreement is null)
            {
                return _agreement = Sign(facts.Id, change.Kind, facts.Parties, change.OccurredOn, Details(facts, change), facts.Title, facts.Fields);
            }

            _agreement.Sign(change.OccurredOn, Details(facts, change));
            return _agreement;
        }

        public Agreement Visit(AgreementEnteredIntoForce change) => Then(change, static (agreement, recorded) => agreement.EnterIntoForce(recorded.OccurredOn));

        public Agreement Visit(AgreementSuspended change) =>
            Then(change, static (agreement, recorded) => agreement.Suspend(recorded.OccurredOn, recorded.Reason, recorded.Note));

        public Agreement Visit(AgreementResumed change) => Then(change, static (agreement, recorded) => agreement.Resume(recorded.OccurredOn));

        public Agreement Visit(AgreementRenewed change) => Then(change, static (agreement, recorded) => agreement.Renew(recorded.OccurredOn, recorded.Term));

        public Agreement Visit(AgreementUpgraded change) => Then(change, static (agreement, recorded) => agreement.Upgrade(recorded.OccurredOn, recorded.To));

        public Agreement Visit(AgreementTerminated change) =>
            Then(change, static (agreement, recorded) => agreement.Terminate(recorded.OccurredOn, recorded.By, recorded.Reason));

        public Agreement Visit(AgreementSuperseded change) =>
            Then(change, static (agreement, recorded) => agreement.Supersede(recorded.OccurredOn, recorded.By));

        public Agreement Visit(AgreementPartyWithdrew change) =>
            Then(change, static (agreement, recorded) => agreement.Withdraw(recorded.OccurredOn, recorded.Party, recorded.Reason));

        /// <summary>Records a later event through its command; an event before the proposal or signing breaks a rule.</summary>
        private Agreement Then<TEvent>(TEvent change, Action<Agreement, TEvent> command)
            where TEvent : IAgreementEvent
        {
            var agreement = _agreement ?? throw new DomainRuleException(
                DomainRule.AgreementEventCannotPrecedeSigning,
                facts.Id.Value,
                $"Agreement {facts.Id}: its stored history starts with the {AgreementEventsMustBeInOrder.Describe(change)} of {change.OccurredOn}, not with its proposal or signing.");
            command(agreement, change);
            return agreement;
        }
    }
}
