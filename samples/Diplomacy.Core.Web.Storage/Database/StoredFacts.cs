using System.Linq.Expressions;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>
/// The rows of the register's tables turned back into the core's stored facts, through the core's own factories, so a
/// value the core refuses (a malformed code, a blank name) is refused as the core refuses it.
/// </summary>
/// <remarks>
/// At 100,000 ties the read of the rows is most of a host's start, so it keeps both cores busy: the regions (with the
/// agreements' own rows) and the agreements' lists share nothing until an agreement names its parties, so they are read
/// at once on two connections (SQLite's write-ahead log and PostgreSQL both let readers run side by side); then each half
/// of the agreements' facts is built on a thread of its own.
/// </remarks>
internal static class StoredFacts
{
    public static RegisterFacts Read(Func<RegisterContext> open)
    {
        using var context = open();
        var ((regions, stored), rows) = AtOnce(
            () =>
            {
                using var regionsContext = open();
                return (ReadRegions(regionsContext, null), ReadAgreementRows(regionsContext, null));
            },
            () => AgreementRows.Read(context, null));
        return Facts(regions, stored, rows, DelegationRows.Read(context, null));
    }

    /// <summary>
    /// What a question about one region reads (see <see cref="IRegisterStore.LoadAround"/>): its own agreements, the
    /// delegations of it and of the places inside it, the agreements those signed, and of the regions only those the
    /// rows name and the regions they lie in; null when no stored region has the id.
    /// </summary>
    public static RegisterPart? ReadAround(Func<RegisterContext> open, string id)
    {
        using var context = open();
        var tree = context.Regions.AsNoTracking().Select(row => new RegionBranch(row.Id, row.ParentId)).AsEnumerable()
            .ToDictionary(branch => branch.Id, StringComparer.OrdinalIgnoreCase);
        if (!tree.TryGetValue(id.Trim(), out var around))
        {
            return null;
        }

        IEnumerable<string> AndAncestors(string region)
        {
            var steps = 0;
            for (RegionBranch? branch = tree[region]; branch is not null; branch = branch.ParentId is { } parent ? tree[parent] : null)
            {
                // Only rows edited by hand can make a region its own ancestor; the whole read refuses them as well.
                if (++steps > tree.Count)
                {
                    throw new InvalidDataException($"The region {region} lies inside itself: its parents in regions.parent_id form a cycle.");
                }

                yield return branch.Id;
            }
        }

        var within = tree.Keys.Where(region => AndAncestors(region).Contains(around.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        var delegations = context.Delegations.Where(row => EF.Parameter(within).Contains(row.HomeRegionId)).Select(row => row.Id);
        var agreements = context.AgreementParties.Where(row => row.RegionId == around.Id).Select(row => row.AgreementId)
            .Union(context.Engagements.Where(row => delegations.Contains(row.DelegationId) && row.AgreementId != null).Select(row => row.AgreementId!));
        var stored = ReadAgreementRows(context, agreements);
        var rows = AgreementRows.Read(context, agreements);
        var delegationRows = DelegationRows.Read(context, delegations);
        var named = RegionsNamed(context.Model, [.. stored, .. rows.All(), .. delegationRows.All()]);
        named.Add(around.Id);
        var regions = ReadRegions(context, [.. named.SelectMany(AndAncestors).Distinct(StringComparer.OrdinalIgnoreCase)]);
        return new RegisterPart(Facts(regions, stored, rows, delegationRows), tree.Count);
    }

    private static RegisterFacts Facts(
        Dictionary<string, (int Position, Region Region)> regions, List<AgreementRow> stored, AgreementRows rows, DelegationRows delegations)
    {
        var agreements = AgreementsOnTwoThreads(stored, rows, regions);
        var rebuilt = new Dictionary<AgreementId, Agreement>();
        var byId = agreements.ToDictionary(agreement => agreement.Facts.Id);
        Agreement Linked(string id)
        {
            var key = new AgreementId(id);
            if (!rebuilt.TryGetValue(key, out var agreement))
            {
                agreement = Agreement.Rebuild(byId[key].Facts);
                rebuilt.Add(key, agreement);
            }

            return agreement;
        }

        return new RegisterFacts
        {
            Regions = [.. regions.Values.OrderBy(region => region.Position).Select(region => region.Region)],
            Agreements = [.. agreements.Select(agreement => agreement.Facts)],
            DistinctTies = [.. agreements.Where(agreement => agreement.Distinct).Select(agreement => agreement.Facts.Id)],
            Delegations = Delegations(delegations, regions, Linked),
        };
    }

    /// <summary>
    /// The ids of the regions the rows name, found through the model's own foreign keys to the regions table, so that no
    /// column naming a region is missed, now or when one is added.
    /// </summary>
    private static HashSet<string> RegionsNamed(IModel model, IEnumerable<object> rows)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var columnsOf = new Dictionary<Type, IClrPropertyGetter[]>();
        foreach (var row in rows)
        {
            if (!columnsOf.TryGetValue(row.GetType(), out var columns))
            {
                columns = [.. model.FindEntityType(row.GetType())!.GetForeignKeys()
                    .Where(key => key.PrincipalEntityType.ClrType == typeof(RegionRow))
                    .Select(key => key.Properties.Single().GetGetter())];
                columnsOf.Add(row.GetType(), columns);
            }

            foreach (var column in columns)
            {
                if (column.GetClrValueUsingContainingEntity(row) is string region)
                {
                    named.Add(region);
                }
            }
        }

        return named;
    }

    /// <summary>The regions in their stored order (every region before the regions inside it), all or only those listed.</summary>
    private static Dictionary<string, (int Position, Region Region)> ReadRegions(RegisterContext context, List<string>? only)
    {
        var owners = only is null ? null : context.Regions.Where(row => EF.Parameter(only).Contains(row.Id)).Select(row => row.Id);
        var names = OwnedBy(context.RegionNames.AsNoTracking(), owners, row => row.RegionId).OrderBy(row => row.RegionId).ThenBy(row => row.Position).ToLookup(row => row.RegionId);
        var former = OwnedBy(context.RegionFormerCodes.AsNoTracking(), owners, row => row.RegionId).OrderBy(row => row.RegionId).ThenBy(row => row.Position).ToLookup(row => row.RegionId);
        var regions = new Dictionary<string, (int Position, Region Region)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in OwnedBy(context.Regions.AsNoTracking(), owners, row => row.Id).OrderBy(row => row.Position))
        {
            regions.Add(row.Id, (row.Position, Region(row, names[row.Id].ToList(), former[row.Id], regions)));
        }

        return regions;
    }

    private static Region Region(
        RegionRow row, List<RegionNameRow> nameRows, IEnumerable<RegionFormerCodeRow> former, Dictionary<string, (int Position, Region Region)> regions)
    {
        if (nameRows.Count == 0)
        {
            throw new InvalidDataException($"The region {row.Id} has no names in region_names.");
        }

        var names = RegionNames.Of(nameRows[0].Language, nameRows[0].Text);
        foreach (var name in nameRows.Skip(1))
        {
            names = names.And(name.Language, name.Text);
        }

        var wikidata = row.WikidataId is { } wikidataId ? WikidataId.Parse(wikidataId) : (WikidataId?)null;
        var parent = row.ParentId is { } parentId ? regions[parentId].Region : null;
        if (row.Kind == AdministrativeKind.Country)
        {
            return Geography.Region.CreateCountry(Geography.CountryCode.Parse(row.CountryCode ?? row.Id), names, row.TimeZone, wikidata);
        }

        return row.SubdivisionCode is { } code
            ? Geography.Region.CreateSubdivision(
                Geography.SubdivisionCode.Parse(code), row.Kind, names,
                parent ?? throw new InvalidDataException($"The subdivision {row.Id} names no parent."),
                row.TimeZone, wikidata, former.Select(formerCode => Geography.SubdivisionCode.Parse(formerCode.Code)))
            : Geography.Region.CreatePlace(new RegionId(row.Id), row.Kind, names, parent, row.TimeZone, wikidata);
    }

    // What the signing gives (kind_at_signing, signed_on and its range) is there for SQL; the facts take it from the history.
    private static List<AgreementRow> ReadAgreementRows(RegisterContext context, IQueryable<string>? owners) =>
        [.. OwnedBy(context.Agreements.AsNoTracking(), owners, row => row.Id).OrderBy(row => row.Position).Select(row => new AgreementRow
        {
            Id = row.Id, Title = row.Title, IsDistinct = row.IsDistinct,
            CeremonyLocal = row.CeremonyLocal, CeremonyZone = row.CeremonyZone, CeremonyOffsetSeconds = row.CeremonyOffsetSeconds,
        })];

    /// <summary>The agreements' facts in their stored order, each half built on a thread of its own (the rows and regions are only read).</summary>
    private static List<(AgreementFacts Facts, bool Distinct)> AgreementsOnTwoThreads(
        List<AgreementRow> stored, AgreementRows rows, Dictionary<string, (int Position, Region Region)> regions)
    {
        List<(AgreementFacts Facts, bool Distinct)> FactsOf(IEnumerable<AgreementRow> half) => [.. half.Select(row => (Facts(row, rows, regions), row.IsDistinct))];
        var (later, earlier) = AtOnce(() => FactsOf(stored.Skip(stored.Count / 2)), () => FactsOf(stored.Take(stored.Count / 2)));
        return [.. earlier, .. later];
    }

    /// <summary>
    /// Runs <paramref name="other"/> on another thread while this one runs <paramref name="here"/>, and returns only once
    /// both have ended, so that no connection or half-filled list outlives a failure: the failure thrown is this thread's
    /// (the earlier rows), else the other's.
    /// </summary>
    private static (TOther Other, THere Here) AtOnce<TOther, THere>(Func<TOther> other, Func<THere> here)
    {
        var running = Task.Run(other);
        THere result;
        try
        {
            result = here();
        }
        finally
        {
            ((Task)running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }

        return (running.GetAwaiter().GetResult(), result);
    }

    private static AgreementFacts Facts(AgreementRow row, AgreementRows rows, Dictionary<string, (int Position, Region Region)> regions)
    {
        Region R(string id) => regions[id].Region;
        var (parties, events, retractions, sources, signatories, fields, contacts, notes) = rows;
        var id = new AgreementId(row.Id);
        var changes = events[row.Id].ToList();
        var recorded = changes.ConvertAll(change => Event(id, change, R));
        return new AgreementFacts
        {
            Id = id,
            Title = row.Title,
            Parties = [.. parties[row.Id].Select(party => new Party(R(party.RegionId), party.SigningAgency))],
            History = [.. changes.Where(change => !change.IsRetracted).Select(change => recorded[change.Position])],
            Retractions = [.. retractions[row.Id].Select(retraction => new AgreementEventRetracted(id, recorded[retraction.EventPosition], retraction.Reason))],
            Ceremony = Ceremony(row),
            Signatories = [.. signatories[row.Id].Select(signatory => new Signatory(signatory.Name, signatory.Title, R(signatory.PartyRegionId)))],
            Fields = [.. fields[row.Id].Select(field => CooperationField.Of(field.Field))],
            ContactPersons = [.. contacts[row.Id].Select(contact => new ContactPerson(
                contact.Name, R(contact.PartyRegionId), contact.Field is { } field ? CooperationField.Of(field) : null, contact.Title))],
            Sources = [.. sources[row.Id].Where(source => source.EventPosition is null).Select(Source)],
            EventSources = [.. sources[row.Id].Where(source => source.EventPosition is not null)
                .Select(source => new AgreementEventSource(recorded[source.EventPosition!.Value], Source(source)))],
            Notes = [.. notes[row.Id].Select(note => note.Text)],
        };
    }

    public static IAgreementEvent Event(AgreementId id, AgreementEventRow row, Func<string, Region> regions)
    {
        var on = PartialDate.Parse(row.OccurredOn);
        return row.EventType switch
        {
            StoredEventType.Proposed => new AgreementProposed(id, on, Required(row.Kind, row, "kind")),
            StoredEventType.Approved => new AgreementApproved(id, on, row.Reason ?? throw Missing(row, "reason"), row.Note),
            StoredEventType.Signed => new AgreementSigned(
                id, on, Required(row.Kind, row, "kind"), row.PlaceId is { } place ? regions(place) : null, Term(row),
                Required(row.EntersIntoForceOnSigning, row, "enters_into_force_on_signing")),
            StoredEventType.EnteredIntoForce => new AgreementEnteredIntoForce(id, on),
            StoredEventType.Suspended => new AgreementSuspended(id, on, Required(row.SuspensionReason, row, "suspension_reason"), row.Note),
            StoredEventType.Resumed => new AgreementResumed(id, on),
            StoredEventType.Renewed => new AgreementRenewed(id, on, Term(row) ?? throw Missing(row, "term_length or term_last_day")),
            StoredEventType.Upgraded => new AgreementUpgraded(id, on, Required(row.UpgradedFrom, row, "upgraded_from"), Required(row.UpgradedTo, row, "upgraded_to")),
            StoredEventType.Terminated => new AgreementTerminated(
                id, on, regions(row.ByRegionId ?? throw Missing(row, "by_region_id")), row.Reason ?? throw Missing(row, "reason")),
            StoredEventType.Superseded => new AgreementSuperseded(id, on, new AgreementId(row.SupersededBy ?? throw Missing(row, "superseded_by"))),
            StoredEventType.PartyWithdrew => new AgreementPartyWithdrew(
                id, on, regions(row.PartyRegionId ?? throw Missing(row, "party_region_id")), row.Reason ?? throw Missing(row, "reason")),
            _ => throw new InvalidDataException($"The event {row.Position} of {row.AgreementId} has the unknown event_type {row.EventType}."),
        };
    }

    private static AgreementTerm? Term(AgreementEventRow row) => (row.TermLength, row.TermLastDay) switch
    {
        ({ } length, null) => new AgreementTerm(PeriodPattern.Roundtrip.Parse(length).Value, row.TermRenewsAutomatically ?? false),
        (null, { } lastDay) => AgreementTerm.Until(lastDay),
        (null, null) => null,
        _ => throw new InvalidDataException($"The event {row.Position} of {row.AgreementId} gives both a term_length and a term_last_day."),
    };

    private static ZonedDateTime? Ceremony(AgreementRow row) => (row.CeremonyLocal, row.CeremonyZone, row.CeremonyOffsetSeconds) switch
    {
        ({ } local, { } zone, { } offset) => new ZonedDateTime(local, DateTimeZoneProviders.Tzdb[zone], Offset.FromSeconds(offset)),
        (null, null, null) => null,
        _ => throw new InvalidDataException($"The agreement {row.Id} gives only part of its ceremony (local time, zone and offset)."),
    };

    private static SourceReference Source(AgreementSourceRow row) => (row.Url, row.Citation) switch
    {
        ({ } url, _) => SourceReference.FromUrl(new Uri(url, UriKind.Absolute), row.Citation),
        (null, { } citation) => SourceReference.FromCitation(citation),
        _ => throw new InvalidDataException($"The source {row.Position} of {row.AgreementId} gives neither a url nor a citation."),
    };

    private static List<DelegationFacts> Delegations(
        DelegationRows rows, Dictionary<string, (int Position, Region Region)> regions, Func<string, Agreement> agreements)
    {
        Region R(string id) => regions[id].Region;
        var (delegations, members, organizations, stops, engagements, counterparts, parties, commitments) = rows;

        Engagement Engagement(EngagementRow row) => row.EngagementType switch
        {
            StoredEngagementType.Meeting => new Meeting(
                row.At, counterparts[(row.DelegationId, row.StopPosition, row.Position)].Select(counterpart => new Counterpart(counterpart.Name, counterpart.Title)), row.Subject),
            StoredEngagementType.Signing when row.AgreementId is { } agreement => new Signing(row.At, agreements(agreement)),
            StoredEngagementType.Signing => new Signing(
                row.At, row.Title ?? throw MissingIn(row, "title"), parties[(row.DelegationId, row.StopPosition, row.Position)].Select(party => R(party.RegionId))),
            StoredEngagementType.SiteVisit => new SiteVisit(
                row.At, new Organization(row.HostName ?? throw MissingIn(row, "host_name"), row.HostField is { } field ? new OrganizationField(field) : null)),
            StoredEngagementType.EventParticipation => new EventParticipation(row.At, row.EventName ?? throw MissingIn(row, "event_name")),
            StoredEngagementType.Gift => new Gift(
                row.At, row.Item ?? throw MissingIn(row, "item"), row.Quantity ?? throw MissingIn(row, "quantity"), row.Recipient ?? throw MissingIn(row, "recipient"))
            {
                Direction = row.GiftDirection ?? GiftDirection.ByDelegation,
                Value = Money(row.ValueAmount, row.ValueCurrency, $"the gift {row.Position} of {row.DelegationId}'s value"),
                Disposition = row.DispositionKind is { } kind ? new GiftDisposition(kind, row.DispositionNote) : null,
            },
            _ => throw new InvalidDataException($"The engagement {row.Position} of {row.DelegationId} has the unknown engagement_type {row.EngagementType}."),
        };

        return [.. delegations.Select(row => new DelegationFacts
        {
            Id = new DelegationId(row.Id),
            Direction = row.Direction,
            Home = R(row.HomeRegionId),
            Origin = row.OriginRegionId is { } origin ? R(origin) : null,
            Purpose = row.Purpose,
            Start = row.Start,
            End = row.End,
            Members = [.. members[row.Id].Select(member => new DelegationMember(member.Name, member.Title, new MemberRole(member.Role)))],
            Organizations = [.. organizations[row.Id].Select(organization =>
                new Organization(organization.Name, organization.Field is { } field ? new OrganizationField(field) : null))],
            Stops = [.. stops[row.Id].Select(stop => new ItineraryStopFacts
            {
                Place = R(stop.PlaceRegionId),
                Arrival = stop.Arrival,
                Departure = stop.Departure,
                Engagements = [.. engagements[(row.Id, stop.Position)].Select(Engagement)],
            })],
            Commitments = [.. commitments[row.Id].Select(commitment => new CommitmentFacts
            {
                OwedBy = R(commitment.OwedByRegionId),
                OwedTo = R(commitment.OwedToRegionId),
                What = commitment.What,
                Due = PartialDate.Parse(commitment.Due),
                Status = commitment.Status,
                SettledOn = commitment.SettledOn,
                DropReason = commitment.DropReason,
            })],
            Budget = Money(row.BudgetAmount, row.BudgetCurrency, $"the budget of {row.Id}"),
            ActualCost = Money(row.ActualCostAmount, row.ActualCostCurrency, $"the actual cost of {row.Id}"),
        })];
    }

    /// <summary>The rows of the delegations (every one, or those of the given ids) and of their lists, each table read in one query.</summary>
    private sealed record DelegationRows(
        List<DelegationRow> Delegations,
        ILookup<string, DelegationMemberRow> Members,
        ILookup<string, DelegationOrganizationRow> Organizations,
        ILookup<string, ItineraryStopRow> Stops,
        ILookup<(string DelegationId, int StopPosition), EngagementRow> Engagements,
        ILookup<(string DelegationId, int StopPosition, int EngagementPosition), EngagementCounterpartRow> Counterparts,
        ILookup<(string DelegationId, int StopPosition, int EngagementPosition), EngagementPartyRow> Parties,
        ILookup<string, CommitmentRow> Commitments)
    {
        public static DelegationRows Read(RegisterContext context, IQueryable<string>? owners) => new(
            [.. OwnedBy(context.Delegations.AsNoTracking(), owners, row => row.Id).OrderBy(row => row.Position)],
            Lookup(context.DelegationMembers, owners, row => row.DelegationId, row => row.Position),
            Lookup(context.DelegationOrganizations, owners, row => row.DelegationId, row => row.Position),
            Lookup(context.ItineraryStops, owners, row => row.DelegationId, row => row.Position),
            OwnedBy(context.Engagements.AsNoTracking(), owners, row => row.DelegationId)
                .OrderBy(row => row.DelegationId).ThenBy(row => row.StopPosition).ThenBy(row => row.Position)
                .ToLookup(row => (row.DelegationId, row.StopPosition)),
            OwnedBy(context.EngagementCounterparts.AsNoTracking(), owners, row => row.DelegationId)
                .OrderBy(row => row.DelegationId).ThenBy(row => row.StopPosition).ThenBy(row => row.EngagementPosition).ThenBy(row => row.Position)
                .ToLookup(row => (row.DelegationId, row.StopPosition, row.EngagementPosition)),
            OwnedBy(context.EngagementParties.AsNoTracking(), owners, row => row.DelegationId)
                .OrderBy(row => row.DelegationId).ThenBy(row => row.StopPosition).ThenBy(row => row.EngagementPosition).ThenBy(row => row.Position)
                .ToLookup(row => (row.DelegationId, row.StopPosition, row.EngagementPosition)),
            Lookup(context.Commitments, owners, row => row.DelegationId, row => row.Number));

        public IEnumerable<object> All() =>
            [.. Delegations, .. Members.SelectMany(rows => rows), .. Organizations.SelectMany(rows => rows), .. Stops.SelectMany(rows => rows),
            .. Engagements.SelectMany(rows => rows), .. Counterparts.SelectMany(rows => rows), .. Parties.SelectMany(rows => rows),
            .. Commitments.SelectMany(rows => rows)];
    }

    /// <summary>The rows of every agreement's lists, each table read in one query and grouped by agreement in the list's order.</summary>
    private sealed record AgreementRows(
        ILookup<string, AgreementPartyRow> Parties,
        ILookup<string, AgreementEventRow> Events,
        ILookup<string, AgreementRetractionRow> Retractions,
        ILookup<string, AgreementSourceRow> Sources,
        ILookup<string, AgreementSignatoryRow> Signatories,
        ILookup<string, AgreementFieldRow> Fields,
        ILookup<string, AgreementContactRow> Contacts,
        ILookup<string, AgreementNoteRow> Notes)
    {
        public static AgreementRows Read(RegisterContext context, IQueryable<string>? owners) => new(
            Lookup(context.AgreementParties, owners, row => row.AgreementId, row => row.Position),
            // An event's occurred_earliest and occurred_latest are there for SQL; the event takes its date from occurred_on.
            OwnedBy(context.AgreementEvents.AsNoTracking(), owners, row => row.AgreementId).Select(row => new AgreementEventRow
            {
                AgreementId = row.AgreementId, Position = row.Position, EventType = row.EventType, IsRetracted = row.IsRetracted,
                OccurredOn = row.OccurredOn, Kind = row.Kind, UpgradedFrom = row.UpgradedFrom, UpgradedTo = row.UpgradedTo,
                PlaceId = row.PlaceId, TermLength = row.TermLength, TermLastDay = row.TermLastDay,
                TermRenewsAutomatically = row.TermRenewsAutomatically, EntersIntoForceOnSigning = row.EntersIntoForceOnSigning,
                SuspensionReason = row.SuspensionReason, Note = row.Note, Reason = row.Reason, ByRegionId = row.ByRegionId,
                PartyRegionId = row.PartyRegionId, SupersededBy = row.SupersededBy,
            }).AsEnumerable().OrderBy(row => row.Position).ToLookup(row => row.AgreementId),
            Lookup(context.AgreementRetractions, owners, row => row.AgreementId, row => row.Position),
            Lookup(context.AgreementSources, owners, row => row.AgreementId, row => row.Position),
            Lookup(context.AgreementSignatories, owners, row => row.AgreementId, row => row.Position),
            Lookup(context.AgreementFields, owners, row => row.AgreementId, row => row.Position),
            Lookup(context.AgreementContacts, owners, row => row.AgreementId, row => row.Position),
            Lookup(context.AgreementNotes, owners, row => row.AgreementId, row => row.Position));

        public IEnumerable<object> All() =>
            [.. Parties.SelectMany(rows => rows), .. Events.SelectMany(rows => rows), .. Retractions.SelectMany(rows => rows),
            .. Sources.SelectMany(rows => rows), .. Signatories.SelectMany(rows => rows), .. Fields.SelectMany(rows => rows),
            .. Contacts.SelectMany(rows => rows), .. Notes.SelectMany(rows => rows)];
    }

    /// <summary>Money stored as an amount and a currency column, both or neither.</summary>
    private static Money? Money(decimal? amount, string? currency, string what) => (amount, currency) switch
    {
        (null, null) => null,
        ({ } value, { } code) => new Money(value, new CurrencyCode(code)),
        _ => throw new InvalidDataException($"{what} has an amount without a currency or a currency without an amount."),
    };

    /// <summary>Every row of an owner's list (of the given owners only, when given), read in one query, grouped by owner in the list's order.</summary>
    private static ILookup<string, TRow> Lookup<TRow>(
        DbSet<TRow> table, IQueryable<string>? owners, Expression<Func<TRow, string>> owner, Func<TRow, int> position)
        where TRow : class =>
        OwnedBy(table.AsNoTracking(), owners, owner).AsEnumerable().OrderBy(position).ToLookup(owner.Compile());

    /// <summary>The rows whose owner is among <paramref name="owners"/>, a subquery the database runs with the rows' own; every row when null.</summary>
    private static IQueryable<TRow> OwnedBy<TRow>(IQueryable<TRow> rows, IQueryable<string>? owners, Expression<Func<TRow, string>> owner)
    {
        if (owners is null)
        {
            return rows;
        }

        var owned = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(string)], owners.Expression, owner.Body);
        return rows.Where(Expression.Lambda<Func<TRow, bool>>(owned, owner.Parameters));
    }

    /// <summary>A region's id and its parent's: the directory's tree, read whole to find what lies inside a region.</summary>
    private sealed record RegionBranch(string Id, string? ParentId);

    private static T Required<T>(T? value, AgreementEventRow row, string column)
        where T : struct => value ?? throw Missing(row, column);

    private static InvalidDataException Missing(AgreementEventRow row, string column) =>
        new($"The {row.EventType} event {row.Position} of {row.AgreementId} has no {column}.");

    private static InvalidDataException MissingIn(EngagementRow row, string column) =>
        new($"The {row.EngagementType} engagement {row.Position} at stop {row.StopPosition} of {row.DelegationId} has no {column}.");
}
