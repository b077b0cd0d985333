using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>The stored facts of the core, turned into the document's elements; empty lists are left out.</summary>
internal static class ToDocument
{
    public static RegionDocument Region(Region region) => new()
    {
        Id = region.Id.Value,
        Kind = region.Kind,
        Names =
        [
            new NameDocument { Language = region.Names.Primary.Language.Value, Text = region.Names.Primary.Text },
            .. region.Names.All
                .Where(name => !name.Language.Equals(region.Names.Primary.Language))
                .OrderBy(name => name.Language.Value, StringComparer.Ordinal)
                .Select(name => new NameDocument { Language = name.Language.Value, Text = name.Text }),
        ],
        TimeZone = region.TimeZone.Id,
        Parent = region.Parent?.Id.Value,
        CountryCode = region.IsCountry ? region.CountryCode?.Value : null,
        SubdivisionCode = region.SubdivisionCode?.Value,
        FormerSubdivisionCodes = OrNull(region.FormerSubdivisionCodes, (code, _) => code.Value),
        WikidataId = region.WikidataId?.ToString(),
    };

    public static AgreementDocument Agreement(AgreementFacts facts, bool distinct)
    {
        var history = facts.History;
        var sources = SourcesOfEvents(facts);
        var events = new List<EventDocument>(history.Count);
        for (var i = 0; i < history.Count; i++)
        {
            events.Add(Event(history[i], sources?[i]));
        }

        return new AgreementDocument
        {
            Id = facts.Id.Value,
            Title = facts.Title,
            Distinct = distinct ? true : null,
            Parties = [.. facts.Parties.Select(party => new PartyDocument { Region = party.Region.Id.Value, SigningAgency = party.SigningAgency })],
            History = events,
            Retractions = OrNull(facts.Retractions, (retraction, i) =>
                new RetractionDocument { Event = Event(retraction.Retracted, sources?[history.Count + i]), Reason = retraction.Reason }),
            Ceremony = facts.Ceremony,
            Signatories = OrNull(facts.Signatories, (signatory, _) => new SignatoryDocument { Name = signatory.Name, Title = signatory.Title, Party = signatory.Party.Id.Value }),
            Fields = OrNull(facts.Fields, (field, _) => field.Name),
            Contacts = OrNull(facts.ContactPersons, (contact, _) =>
                new ContactDocument { Name = contact.Name, Party = contact.Party.Id.Value, Field = contact.Field?.Name, Title = contact.Title }),
            Sources = OrNull(facts.Sources, (source, _) => Source(source)),
            Notes = OrNull(facts.Notes, (note, _) => note),
        };
    }

    /// <summary>
    /// The sources of each event, the history's first, then the retracted ones; each is written beside the first event
    /// equal to the one it backs, as the core files it. Null when no event has a source, as most have none.
    /// </summary>
    private static List<SourceDocument>?[]? SourcesOfEvents(AgreementFacts facts)
    {
        if (facts.EventSources.Count == 0)
        {
            return null;
        }

        var history = facts.History;
        var retracted = facts.Retractions.Select(retraction => retraction.Retracted).ToList();
        var sources = new List<SourceDocument>?[history.Count + retracted.Count];
        foreach (var pair in facts.EventSources)
        {
            var at = IndexOf(history, pair.Event);
            at = at >= 0 ? at : history.Count + IndexOf(retracted, pair.Event);
            (sources[at] ??= []).Add(Source(pair.Source));
        }

        return sources;
    }

    public static DelegationDocument Delegation(DelegationFacts facts) => new()
    {
        Id = facts.Id.Value,
        Direction = facts.Direction,
        Home = facts.Home.Id.Value,
        Origin = facts.Origin?.Id.Value,
        Purpose = facts.Purpose,
        Start = facts.Start,
        End = facts.End,
        Members = [.. facts.Members.Select(member => new MemberDocument { Name = member.Name, Title = member.Title, Role = member.Role.Name })],
        Organizations = OrNull(facts.Organizations, (organization, _) => Organization(organization)),
        Stops = OrNull(facts.Stops, (stop, _) =>
            new StopDocument { Place = stop.Place.Id.Value, Arrival = stop.Arrival, Departure = stop.Departure, Engagements = OrNull(stop.Engagements, (engagement, _) => Engagement(engagement)) }),
        Commitments = OrNull(facts.Commitments, (commitment, _) => new CommitmentDocument
        {
            OwedBy = commitment.OwedBy.Id.Value,
            OwedTo = commitment.OwedTo.Id.Value,
            What = commitment.What,
            Due = commitment.Due,
            Status = commitment.Status,
            SettledOn = commitment.SettledOn,
            DropReason = commitment.DropReason,
        }),
        Budget = Money(facts.Budget),
        ActualCost = Money(facts.ActualCost),
    };

    private static EventDocument Event(IAgreementEvent change, List<SourceDocument>? sources)
    {
        var document = change.Accept(EventForm.Instance);
        document.Sources = sources;
        return document;
    }

    private static TermDocument Term(AgreementTerm term) => new() { Length = term.Length, LastDay = term.LastDay, RenewsAutomatically = term.RenewsAutomatically };

    private static SourceDocument Source(SourceReference source) => new() { Url = source.Url, Citation = source.Citation };

    private static MoneyDocument? Money(Money? money) => money is null ? null : new() { Amount = money.Amount, Currency = money.Currency.Value };

    private static OrganizationDocument Organization(Organization organization) => new() { Name = organization.Name, Field = organization.Field?.Name };

    private static EngagementDocument Engagement(Engagement engagement) => engagement switch
    {
        Meeting meeting => new MeetingDocument
        {
            At = meeting.At,
            Counterparts = [.. meeting.Counterparts.Select(counterpart => new CounterpartDocument { Name = counterpart.Name, Title = counterpart.Title })],
            Subject = meeting.Subject,
        },
        Signing { Agreement: { } agreement } signing => new SigningDocument { At = signing.At, Agreement = agreement.Id.Value },
        Signing signing => new SigningDocument { At = signing.At, Title = signing.Title, Parties = [.. signing.Parties.Select(party => party.Id.Value)] },
        SiteVisit visit => new SiteVisitDocument { At = visit.At, Host = Organization(visit.Host) },
        EventParticipation participation => new EventParticipationDocument { At = participation.At, Name = participation.EventName },
        Gift gift => new GiftDocument
        {
            At = gift.At,
            Item = gift.Item,
            Quantity = gift.Quantity,
            Recipient = gift.Recipient,
            Direction = gift.Direction == GiftDirection.ByDelegation ? null : gift.Direction,
            Value = Money(gift.Value),
            Disposition = gift.Disposition is { } disposition ? new DispositionDocument { Kind = disposition.Kind, Note = disposition.Note } : null,
        },
        _ => throw new NotSupportedException($"The document has no form for the engagement {engagement.GetType().Name}; a new engagement needs a new version of the format."),
    };

    private static int IndexOf(IReadOnlyList<IAgreementEvent> events, IAgreementEvent wanted)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Equals(wanted))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The items turned into the document's form, or null for none, since the document leaves empty lists out.</summary>
    private static List<TResult>? OrNull<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> convert)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var list = new List<TResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(convert(items[i], i));
        }

        return list;
    }

    /// <summary>Each event of the core in the document's form: the document's one mapping from the core's events.</summary>
    private sealed class EventForm : IAgreementEventVisitor<EventDocument>
    {
        public static EventForm Instance { get; } = new();

        public EventDocument Visit(AgreementProposed change) => new ProposedDocument { On = change.OccurredOn, Kind = change.Kind };

        public EventDocument Visit(AgreementApproved change) => new ApprovedDocument { On = change.OccurredOn, Body = change.Body, Resolution = change.Resolution };

        public EventDocument Visit(AgreementSigned change) => new SignedDocument
        {
            On = change.OccurredOn,
            Kind = change.Kind,
            Place = change.Place?.Id.Value,
            Term = change.Term is { } term ? Term(term) : null,
            EntersIntoForceOnSigning = change.EntersIntoForceOnSigning,
        };

        public EventDocument Visit(AgreementEnteredIntoForce change) => new EnteredIntoForceDocument { On = change.OccurredOn };

        public EventDocument Visit(AgreementSuspended change) => new SuspendedDocument { On = change.OccurredOn, Reason = change.Reason, Note = change.Note };

        public EventDocument Visit(AgreementResumed change) => new ResumedDocument { On = change.OccurredOn };

        public EventDocument Visit(AgreementRenewed change) => new RenewedDocument { On = change.OccurredOn, Term = Term(change.Term) };

        public EventDocument Visit(AgreementUpgraded change) => new UpgradedDocument { On = change.OccurredOn, From = change.From, To = change.To };

        public EventDocument Visit(AgreementTerminated change) => new TerminatedDocument { On = change.OccurredOn, By = change.By.Id.Value, Reason = change.Reason };

        public EventDocument Visit(AgreementSuperseded change) => new SupersededDocument { On = change.OccurredOn, By = change.By.Value };

        public EventDocument Visit(AgreementPartyWithdrew change) =>
            new WithdrewDocument { On = change.OccurredOn, Party = change.Party.Id.Value, Reason = change.Reason };
    }
}
