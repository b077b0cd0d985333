using System.Text.Json;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The document's elements turned back into the core's stored facts. A reference to a region or agreement the document
/// has not defined before is a <see cref="JsonException"/> whose path is relative to the element; the core's own
/// checks (codes, names, rules) throw as the core throws, and the reader names the element.
/// </summary>
internal static class FromDocument
{
    public static Region Region(RegionDocument document, RegionDirectory known)
    {
        if (document.Names.Count == 0)
        {
            throw Wrong("A region has at least one name.", "$.names");
        }

        var names = RegionNames.Of(document.Names[0].Language, document.Names[0].Text);
        foreach (var name in document.Names.Skip(1))
        {
            names = names.And(name.Language, name.Text);
        }

        var id = new RegionId(document.Id);
        var parent = document.Parent is { } parentId ? Known(known, parentId, "$.parent") : null;
        var wikidata = document.WikidataId is { } wikidataId ? WikidataId.Parse(wikidataId) : (WikidataId?)null;
        if (document.Kind == AdministrativeKind.Country)
        {
            var code = Geography.CountryCode.Parse(document.CountryCode ?? throw Wrong("A country gives its countryCode.", "$.countryCode"));
            SameId(id, RegionId.For(code), "$.countryCode");
            No(parent, "A country lies in no other region; it has no parent.", "$.parent");
            return Geography.Region.CreateCountry(code, names, document.TimeZone, wikidata);
        }

        No(document.CountryCode, "Only a country gives a countryCode.", "$.countryCode");
        if (document.SubdivisionCode is { } subdivision)
        {
            var code = Geography.SubdivisionCode.Parse(subdivision);
            SameId(id, RegionId.For(code), "$.subdivisionCode");
            var former = document.FormerSubdivisionCodes?.Select(Geography.SubdivisionCode.Parse);
            return Geography.Region.CreateSubdivision(
                code, document.Kind, names, parent ?? throw Wrong("A subdivision names its parent.", "$.parent"), document.TimeZone, wikidata, former);
        }

        No(document.FormerSubdivisionCodes, "Only a subdivision gives formerSubdivisionCodes.", "$.formerSubdivisionCodes");
        return Geography.Region.CreatePlace(id, document.Kind, names, parent, document.TimeZone, wikidata);
    }

    public static AgreementFacts Agreement(AgreementDocument document, RegionDirectory regions)
    {
        var id = new AgreementId(document.Id);
        List<AgreementEventSource>? eventSources = null;
        var history = new IAgreementEvent[document.History.Count];
        for (var i = 0; i < history.Length; i++)
        {
            history[i] = Event(id, document.History[i], regions, new At("$.history", i), ref eventSources);
        }

        var retractions = Each(document.Retractions, (retraction, i) => new AgreementEventRetracted(
            id, Event(id, retraction.Event, regions, new At("$.retractions", i, ".event"), ref eventSources), retraction.Reason));
        return new AgreementFacts
        {
            Id = id,
            Title = document.Title,
            Parties = Each(document.Parties, (party, i) => new Party(Known(regions, party.Region, new At("$.parties", i, ".region")), party.SigningAgency)),
            History = history,
            Retractions = retractions,
            Ceremony = document.Ceremony,
            Signatories = Each(document.Signatories, (signatory, i) =>
                new Signatory(signatory.Name, signatory.Title, Known(regions, signatory.Party, new At("$.signatories", i, ".party")))),
            Fields = Each(document.Fields, (field, _) => CooperationField.Of(field)),
            ContactPersons = Each(document.Contacts, (contact, i) => new ContactPerson(
                contact.Name,
                Known(regions, contact.Party, new At("$.contacts", i, ".party")),
                contact.Field is { } field ? CooperationField.Of(field) : null,
                contact.Title)),
            Sources = Each(document.Sources, (source, i) => Source(source, At.Root, i)),
            EventSources = (IReadOnlyList<AgreementEventSource>?)eventSources ?? [],
            Notes = document.Notes ?? [],
        };
    }

    public static DelegationFacts Delegation(
        DelegationDocument document, RegionDirectory regions, Func<AgreementId, Agreement?> agreements) => new()
    {
        Id = new DelegationId(document.Id),
        Direction = document.Direction,
        Home = Known(regions, document.Home, "$.home"),
        Origin = document.Origin is { } origin ? Known(regions, origin, "$.origin") : null,
        Purpose = document.Purpose,
        Start = document.Start,
        End = document.End,
        Members = [.. document.Members.Select(member => new DelegationMember(member.Name, member.Title, new MemberRole(member.Role)))],
        Organizations = [.. (document.Organizations ?? []).Select(Organization)],
        Stops = [.. (document.Stops ?? []).Select((stop, i) => new ItineraryStopFacts
        {
            Place = Known(regions, stop.Place, $"$.stops[{i}].place"),
            Arrival = stop.Arrival,
            Departure = stop.Departure,
            Engagements = [.. (stop.Engagements ?? []).Select((engagement, e) =>
                Engagement(engagement, regions, agreements, $"$.stops[{i}].engagements[{e}]"))],
        })],
        Commitments = [.. (document.Commitments ?? []).Select((commitment, i) => new CommitmentFacts
        {
            OwedBy = Known(regions, commitment.OwedBy, $"$.commitments[{i}].owedBy"),
            OwedTo = Known(regions, commitment.OwedTo, $"$.commitments[{i}].owedTo"),
            What = commitment.What,
            Due = commitment.Due,
            Status = commitment.Status,
            SettledOn = commitment.SettledOn,
            DropReason = commitment.DropReason,
        })],
        Budget = Money(document.Budget, "$.budget"),
        ActualCost = Money(document.ActualCost, "$.actualCost"),
    };

    private static IAgreementEvent Event(
        AgreementId id, EventDocument document, RegionDirectory regions, At at, ref List<AgreementEventSource>? sources)
    {
        IAgreementEvent change = document switch
        {
            ProposedDocument proposed => new AgreementProposed(id, proposed.On, proposed.Kind),
            ApprovedDocument approved => new AgreementApproved(id, approved.On, approved.Body, approved.Resolution),
            SignedDocument signed => new AgreementSigned(
                id,
                signed.On,
                signed.Kind,
                signed.Place is { } place ? Known(regions, place, at, ".place") : null,
                signed.Term is { } term ? Term(term, at) : null,
                signed.EntersIntoForceOnSigning),
            EnteredIntoForceDocument entered => new AgreementEnteredIntoForce(id, entered.On),
            SuspendedDocument suspended => new AgreementSuspended(id, suspended.On, suspended.Reason, suspended.Note),
            ResumedDocument resumed => new AgreementResumed(id, resumed.On),
            RenewedDocument renewed => new AgreementRenewed(id, renewed.On, Term(renewed.Term, at)),
            UpgradedDocument upgraded => new AgreementUpgraded(id, upgraded.On, upgraded.From, upgraded.To),
            TerminatedDocument terminated => new AgreementTerminated(id, terminated.On, Known(regions, terminated.By, at, ".by"), terminated.Reason),
            SupersededDocument superseded => new AgreementSuperseded(id, superseded.On, new AgreementId(superseded.By)),
            WithdrewDocument withdrew => new AgreementPartyWithdrew(id, withdrew.On, Known(regions, withdrew.Party, at, ".party"), withdrew.Reason),
            _ => throw Wrong("The event is of no kind the document knows.", at.ToString()),
        };
        for (var i = 0; i < document.Sources?.Count; i++)
        {
            (sources ??= []).Add(new AgreementEventSource(change, Source(document.Sources[i], at, i)));
        }

        return change;
    }

    private static AgreementTerm Term(TermDocument document, At at) => document switch
    {
        { Length: { } length, LastDay: null } => new AgreementTerm(length, document.RenewsAutomatically),
        { Length: null, LastDay: { } lastDay, RenewsAutomatically: false } => AgreementTerm.Until(lastDay),
        _ => throw Wrong("A term gives either a length, which may renew automatically, or a last day, which does not.", $"{at}.term"),
    };

    private static SourceReference Source(SourceDocument document, At owner, int index) => document switch
    {
        { Url: { } url } => SourceReference.FromUrl(url, document.Citation),
        { Citation: { } citation } => SourceReference.FromCitation(citation),
        _ => throw Wrong("A source gives a url, a citation or both.", $"{owner}.sources[{index}]"),
    };

    private static Money? Money(MoneyDocument? document, string path)
    {
        if (document is null)
        {
            return null;
        }

        try
        {
            return new Money(document.Amount, new CurrencyCode(document.Currency));
        }
        catch (ArgumentException e)
        {
            throw Wrong($"The amount {document.Amount} {document.Currency} is not money the register takes: {e.Message}", path);
        }
    }

    private static Organization Organization(OrganizationDocument document) =>
        new(document.Name, document.Field is { } field ? new OrganizationField(field) : null);

    private static Engagement Engagement(
        EngagementDocument document, RegionDirectory regions, Func<AgreementId, Agreement?> agreements, string path) => document switch
    {
        MeetingDocument meeting => new Meeting(meeting.At, meeting.Counterparts.Select(counterpart => new Counterpart(counterpart.Name, counterpart.Title)), meeting.Subject),
        SigningDocument { Agreement: { } id, Title: null, Parties: null } signing => new Signing(
            signing.At, agreements(new AgreementId(id)) ?? throw Wrong($"The signing names the agreement {id}, which the document does not hold before it.", path + ".agreement")),
        SigningDocument { Agreement: null, Title: { } title, Parties: { } parties } signing => new Signing(
            signing.At, title, parties.Select((party, i) => Known(regions, party, $"{path}.parties[{i}]"))),
        SigningDocument => throw Wrong("A signing names either an agreement of the register, or a title and parties.", path),
        SiteVisitDocument visit => new SiteVisit(visit.At, Organization(visit.Host)),
        EventParticipationDocument participation => new EventParticipation(participation.At, participation.Name),
        GiftDocument gift => new Gift(gift.At, gift.Item, gift.Quantity, gift.Recipient)
        {
            Direction = gift.Direction ?? GiftDirection.ByDelegation,
            Value = Money(gift.Value, path + ".value"),
            Disposition = gift.Disposition is { } disposition ? new GiftDisposition(disposition.Kind, disposition.Note) : null,
        },
        _ => throw Wrong("The engagement is of no kind the document knows.", path),
    };

    private static Region Known(RegionDirectory regions, string id, string path) => Known(regions, id, new At(path), string.Empty);

    private static Region Known(RegionDirectory regions, string id, At at, string child = "") =>
        regions.TryGet(new RegionId(id), out var region)
            ? region
            : throw Wrong($"The region {id} is not among the regions written before it.", at + child);

    /// <summary>The items of an optional list of the document, each turned into the core's fact with its index.</summary>
    private static TResult[] Each<T, TResult>(List<T>? items, Func<T, int, TResult> convert)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        var results = new TResult[items.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = convert(items[i], i);
        }

        return results;
    }

    private static void SameId(RegionId id, RegionId fromCode, string path)
    {
        if (!id.Equals(fromCode))
        {
            throw Wrong($"The id {id} is not the region's code {fromCode}: a region with a code is known by it.", path);
        }
    }

    private static void No(object? value, string message, string path)
    {
        if (value is not null)
        {
            throw Wrong(message, path);
        }
    }

    private static JsonException Wrong(string message, string path) => new(message, path, null, null);

    /// <summary>
    /// Where an element of an agreement stands, relative to the agreement (<c>$.history[2]</c>, <c>$.parties[1].region</c>):
    /// kept as its parts and written out only when a fault names it, so that a sound document builds no path at all.
    /// </summary>
    private readonly record struct At(string Head, int Index = -1, string Tail = "")
    {
        public static At Root => new("$");

        public override string ToString() => Index < 0 ? Head + Tail : $"{Head}[{Index}]{Tail}";
    }
}
