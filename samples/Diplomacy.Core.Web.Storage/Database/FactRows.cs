using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Storage.Tables;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>The core's stored facts turned into the rows of the register's tables; each element's rows are returned together, owner first.</summary>
internal static class FactRows
{
    public static IEnumerable<object> Region(Region region, int position)
    {
        yield return new RegionRow
        {
            Id = region.Id.Value,
            Position = position,
            Kind = region.Kind,
            ParentId = region.Parent?.Id.Value,
            TimeZone = region.TimeZone.Id,
            CountryCode = region.CountryCode?.Value,
            SubdivisionCode = region.SubdivisionCode?.Value,
            WikidataId = region.WikidataId?.ToString(),
        };
        var names = region.Names.All.Where(name => !name.Language.Equals(region.Names.Primary.Language)).Prepend(region.Names.Primary);
        foreach (var (name, i) in names.Select((name, i) => (name, i)))
        {
            yield return new RegionNameRow { RegionId = region.Id.Value, Position = i, Language = name.Language.Value, Text = name.Text, IsPrimary = i == 0 };
        }

        for (var i = 0; i < region.FormerSubdivisionCodes.Length; i++)
        {
            yield return new RegionFormerCodeRow { RegionId = region.Id.Value, Position = i, Code = region.FormerSubdivisionCodes[i].Value };
        }
    }

    /// <summary>The agreement's own row: what a changed agreement updates in place.</summary>
    public static AgreementRow Agreement(AgreementFacts facts, int position, bool distinct)
    {
        var signed = facts.History.OfType<AgreementSigned>().FirstOrDefault();
        return new AgreementRow
        {
            Id = facts.Id.Value,
            Position = position,
            Title = facts.Title,
            KindAtSigning = signed?.Kind,
            SignedOn = signed?.OccurredOn.ToString(),
            SignedEarliest = signed?.OccurredOn.Earliest,
            SignedLatest = signed?.OccurredOn.Latest,
            IsDistinct = distinct,
            CeremonyLocal = facts.Ceremony?.LocalDateTime,
            CeremonyZone = facts.Ceremony?.Zone.Id,
            CeremonyOffsetSeconds = facts.Ceremony?.Offset.Seconds,
        };
    }

    /// <summary>
    /// The rows of an agreement's lists. The history's events take positions 0 to n − 1 and the retracted events follow,
    /// as <see cref="AgreementFacts.EventSources"/> orders them; a source of an event names the first event equal to it, as
    /// the core files it.
    /// </summary>
    public static IEnumerable<object> AgreementLists(AgreementFacts facts)
    {
        var id = facts.Id.Value;
        var events = facts.History.Concat(facts.Retractions.Select(retraction => retraction.Retracted)).ToList();
        for (var i = 0; i < facts.Parties.Count; i++)
        {
            yield return new AgreementPartyRow { AgreementId = id, Position = i, RegionId = facts.Parties[i].Region.Id.Value, SigningAgency = facts.Parties[i].SigningAgency };
        }

        for (var i = 0; i < events.Count; i++)
        {
            yield return Event(id, i, events[i], retracted: i >= facts.History.Count);
        }

        for (var i = 0; i < facts.Retractions.Count; i++)
        {
            yield return new AgreementRetractionRow { AgreementId = id, Position = i, EventPosition = facts.History.Count + i, Reason = facts.Retractions[i].Reason };
        }

        var source = 0;
        foreach (var reference in facts.Sources)
        {
            yield return Source(id, source++, null, reference);
        }

        foreach (var pair in facts.EventSources)
        {
            yield return Source(id, source++, FirstEqual(events, pair.Event), pair.Source);
        }

        for (var i = 0; i < facts.Signatories.Count; i++)
        {
            var signatory = facts.Signatories[i];
            yield return new AgreementSignatoryRow { AgreementId = id, Position = i, Name = signatory.Name, Title = signatory.Title, PartyRegionId = signatory.Party.Id.Value };
        }

        for (var i = 0; i < facts.Fields.Count; i++)
        {
            yield return new AgreementFieldRow { AgreementId = id, Position = i, Field = facts.Fields[i].Name };
        }

        for (var i = 0; i < facts.ContactPersons.Count; i++)
        {
            var contact = facts.ContactPersons[i];
            yield return new AgreementContactRow
            {
                AgreementId = id, Position = i, Name = contact.Name, PartyRegionId = contact.Party.Id.Value, Field = contact.Field?.Name, Title = contact.Title,
            };
        }

        for (var i = 0; i < facts.Notes.Count; i++)
        {
            yield return new AgreementNoteRow { AgreementId = id, Position = i, Text = facts.Notes[i] };
        }
    }

    /// <summary>The delegation's own row: what a changed delegation updates in place.</summary>
    public static DelegationRow Delegation(DelegationFacts facts, int position) => new()
    {
        Id = facts.Id.Value,
        Position = position,
        Direction = facts.Direction,
        HomeRegionId = facts.Home.Id.Value,
        OriginRegionId = facts.Origin?.Id.Value,
        Purpose = facts.Purpose,
        Start = facts.Start,
        End = facts.End,
        BudgetAmount = facts.Budget?.Amount,
        BudgetCurrency = facts.Budget?.Currency.Value,
        ActualCostAmount = facts.ActualCost?.Amount,
        ActualCostCurrency = facts.ActualCost?.Currency.Value,
    };

    public static IEnumerable<object> DelegationLists(DelegationFacts facts)
    {
        var id = facts.Id.Value;
        for (var i = 0; i < facts.Members.Count; i++)
        {
            var member = facts.Members[i];
            yield return new DelegationMemberRow { DelegationId = id, Position = i, Name = member.Name, Title = member.Title, Role = member.Role.Name };
        }

        for (var i = 0; i < facts.Organizations.Count; i++)
        {
            var organization = facts.Organizations[i];
            yield return new DelegationOrganizationRow { DelegationId = id, Position = i, Name = organization.Name, Field = organization.Field?.Name };
        }

        for (var s = 0; s < facts.Stops.Count; s++)
        {
            var stop = facts.Stops[s];
            yield return new ItineraryStopRow { DelegationId = id, Position = s, PlaceRegionId = stop.Place.Id.Value, Arrival = stop.Arrival, Departure = stop.Departure };
            for (var e = 0; e < stop.Engagements.Count; e++)
            {
                foreach (var row in Engagement(id, s, e, stop.Engagements[e]))
                {
                    yield return row;
                }
            }
        }

        for (var i = 0; i < facts.Commitments.Count; i++)
        {
            var commitment = facts.Commitments[i];
            yield return new CommitmentRow
            {
                DelegationId = id,
                Number = i + 1,
                OwedByRegionId = commitment.OwedBy.Id.Value,
                OwedToRegionId = commitment.OwedTo.Id.Value,
                What = commitment.What,
                Due = commitment.Due.ToString(),
                DueEarliest = commitment.Due.Earliest,
                DueLatest = commitment.Due.Latest,
                Status = commitment.Status,
                SettledOn = commitment.SettledOn,
                DropReason = commitment.DropReason,
            };
        }
    }

    public static AgreementEventRow Event(string agreement, int position, IAgreementEvent change, bool retracted)
    {
        var row = new AgreementEventRow
        {
            AgreementId = agreement,
            Position = position,
            IsRetracted = retracted,
            OccurredOn = change.OccurredOn.ToString(),
            OccurredEarliest = change.OccurredOn.Earliest,
            OccurredLatest = change.OccurredOn.Latest,
        };
        return change.Accept(new EventColumns(row));
    }

    private static void Term(AgreementEventRow row, AgreementTerm? term)
    {
        row.TermLength = term?.Length is { } length ? PeriodPattern.Roundtrip.Format(length) : null;
        row.TermLastDay = term?.LastDay;
        row.TermRenewsAutomatically = term?.RenewsAutomatically;
    }

    private static AgreementSourceRow Source(string agreement, int position, int? eventPosition, SourceReference source) => new()
    {
        AgreementId = agreement, Position = position, EventPosition = eventPosition, Url = source.Url?.OriginalString, Citation = source.Citation,
    };

    private static int FirstEqual(List<IAgreementEvent> events, IAgreementEvent wanted)
    {
        var at = events.FindIndex(change => change.Equals(wanted));
        return at >= 0
            ? at
            : throw new ArgumentException($"A source of {wanted.AgreementId} backs an event that is neither in its history nor retracted.", nameof(wanted));
    }

    private static IEnumerable<object> Engagement(string delegation, int stop, int position, Engagement engagement)
    {
        var row = new EngagementRow { DelegationId = delegation, StopPosition = stop, Position = position, At = engagement.At };
        switch (engagement)
        {
            case Meeting meeting:
                row.EngagementType = StoredEngagementType.Meeting;
                row.Subject = meeting.Subject;
                break;
            case Signing signing:
                row.EngagementType = StoredEngagementType.Signing;
                row.Title = signing.Title;
                row.AgreementId = signing.Agreement?.Id.Value;
                break;
            case SiteVisit visit:
                row.EngagementType = StoredEngagementType.SiteVisit;
                row.HostName = visit.Host.Name;
                row.HostField = visit.Host.Field?.Name;
                break;
            case EventParticipation participation:
                row.EngagementType = StoredEngagementType.EventParticipation;
                row.EventName = participation.EventName;
                break;
            case Gift gift:
                row.EngagementType = StoredEngagementType.Gift;
                row.Item = gift.Item;
                row.Quantity = gift.Quantity;
                row.Recipient = gift.Recipient;
                row.GiftDirection = gift.Direction;
                row.ValueAmount = gift.Value?.Amount;
                row.ValueCurrency = gift.Value?.Currency.Value;
                row.DispositionKind = gift.Disposition?.Kind;
                row.DispositionNote = gift.Disposition?.Note;
                break;
            default:
                throw new NotSupportedException($"The store has no columns for the engagement {engagement.GetType().Name} of {delegation}; a new engagement needs a new migration.");
        }

        yield return row;
        var counterparts = engagement is Meeting { Counterparts: var met } ? met : [];
        for (var i = 0; i < counterparts.Length; i++)
        {
            yield return new EngagementCounterpartRow
            {
                DelegationId = delegation, StopPosition = stop, EngagementPosition = position, Position = i, Name = counterparts[i].Name, Title = counterparts[i].Title,
            };
        }

        var parties = engagement is Signing { Parties: var signed } ? signed : [];
        for (var i = 0; i < parties.Length; i++)
        {
            yield return new EngagementPartyRow { DelegationId = delegation, StopPosition = stop, EngagementPosition = position, Position = i, RegionId = parties[i].Id.Value };
        }
    }

    /// <summary>The columns each event type of the core fills in its row: the store's one mapping from the core's events.</summary>
    private sealed class EventColumns(AgreementEventRow row) : IAgreementEventVisitor<AgreementEventRow>
    {
        public AgreementEventRow Visit(AgreementProposed change)
        {
            row.Kind = change.Kind;
            return Of(StoredEventType.Proposed);
        }

        public AgreementEventRow Visit(AgreementApproved change)
        {
            row.Reason = change.Body;
            row.Note = change.Resolution;
            return Of(StoredEventType.Approved);
        }

        public AgreementEventRow Visit(AgreementSigned change)
        {
            row.Kind = change.Kind;
            row.PlaceId = change.Place?.Id.Value;
            Term(row, change.Term);
            row.EntersIntoForceOnSigning = change.EntersIntoForceOnSigning;
            return Of(StoredEventType.Signed);
        }

        public AgreementEventRow Visit(AgreementEnteredIntoForce change) => Of(StoredEventType.EnteredIntoForce);

        public AgreementEventRow Visit(AgreementSuspended change)
        {
            row.SuspensionReason = change.Reason;
            row.Note = change.Note;
            return Of(StoredEventType.Suspended);
        }

        public AgreementEventRow Visit(AgreementResumed change) => Of(StoredEventType.Resumed);

        public AgreementEventRow Visit(AgreementRenewed change)
        {
            Term(row, change.Term);
            return Of(StoredEventType.Renewed);
        }

        public AgreementEventRow Visit(AgreementUpgraded change)
        {
            row.UpgradedFrom = change.From;
            row.UpgradedTo = change.To;
            return Of(StoredEventType.Upgraded);
        }

        public AgreementEventRow Visit(AgreementTerminated change)
        {
            row.ByRegionId = change.By.Id.Value;
            row.Reason = change.Reason;
            return Of(StoredEventType.Terminated);
        }

        public AgreementEventRow Visit(AgreementSuperseded change)
        {
            row.SupersededBy = change.By.Value;
            return Of(StoredEventType.Superseded);
        }

        public AgreementEventRow Visit(AgreementPartyWithdrew change)
        {
            row.PartyRegionId = change.Party.Id.Value;
            row.Reason = change.Reason;
            return Of(StoredEventType.PartyWithdrew);
        }

        private AgreementEventRow Of(StoredEventType type)
        {
            row.EventType = type;
            return row;
        }
    }
}
