using System.Text.Json.Serialization;

namespace Diplomacy.Core.Benchmarks.Interchange;

/// <summary>
/// The floor for loading: the same document parsed by System.Text.Json into plain records of strings and numbers, with
/// no NodaTime values, no checks and no register built.
/// </summary>
public sealed record PlainRegister(string Format, int Version, List<PlainRegion> Regions, List<PlainAgreement> Agreements, List<PlainDelegation> Delegations);

public sealed record PlainRegion(
    string Id, string Kind, List<PlainName> Names, string TimeZone, string? Parent, string? CountryCode, string? SubdivisionCode, List<string>? FormerSubdivisionCodes, string? WikidataId);

public sealed record PlainName(string Language, string Text);

public sealed record PlainAgreement(
    string Id, string? Title, bool? Distinct, List<PlainParty> Parties, List<PlainEvent> History, List<PlainRetraction>? Retractions, string? Ceremony,
    List<PlainSignatory>? Signatories, List<string>? Fields, List<PlainContact>? Contacts, List<PlainSource>? Sources, List<string>? Notes);

public sealed record PlainParty(string Region, string? SigningAgency);

public sealed record PlainEvent(
    string Event, string On, string? Kind, string? Place, PlainTerm? Term, bool? EntersIntoForceOnSigning, string? Reason, string? Note,
    string? From, string? To, string? By, string? Party, List<PlainSource>? Sources);

public sealed record PlainTerm(string? Length, string? LastDay, bool RenewsAutomatically);

public sealed record PlainRetraction(PlainEvent Event, string Reason);

public sealed record PlainSignatory(string Name, string Title, string Party);

public sealed record PlainContact(string Name, string Party, string? Field, string? Title);

public sealed record PlainSource(string? Url, string? Citation);

public sealed record PlainDelegation(string Id, string Direction, string Home, string Purpose, string Start, string End);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainRegister))]
public sealed partial class PlainRecordsContext : JsonSerializerContext;
