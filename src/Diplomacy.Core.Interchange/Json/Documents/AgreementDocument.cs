using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>An agreement as the document stores it: the facts the core rebuilds it from, its events' sources beside each event.</summary>
internal sealed record AgreementDocument
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>True when the tie stands beside a like tie held before it, and is added as distinct; absent otherwise.</summary>
    public bool? Distinct { get; init; }

    public required List<PartyDocument> Parties { get; init; }

    public required List<EventDocument> History { get; init; }

    public List<RetractionDocument>? Retractions { get; init; }

    public ZonedDateTime? Ceremony { get; init; }

    public List<SignatoryDocument>? Signatories { get; init; }

    public List<string>? Fields { get; init; }

    public List<ContactDocument>? Contacts { get; init; }

    public List<SourceDocument>? Sources { get; init; }

    public List<string>? Notes { get; init; }
}

/// <summary>A party by its region's id, with the agency that signed for it.</summary>
internal sealed record PartyDocument(string Region, string? SigningAgency = null);

/// <summary>An event taken back as recorded in error, with why.</summary>
internal sealed record RetractionDocument(EventDocument Event, string Reason);

/// <summary>Who signed, for which party (a region's id).</summary>
internal sealed record SignatoryDocument(string Name, string Title, string Party);

/// <summary>A contact person a party designated.</summary>
internal sealed record ContactDocument(string Name, string Party, string? Field = null, string? Title = null);

/// <summary>Where a fact came from: an absolute address, a citation, or both.</summary>
internal sealed record SourceDocument(Uri? Url = null, string? Citation = null);

/// <summary>A term: a length (ISO period) that may renew itself, or a last day.</summary>
internal sealed record TermDocument(Period? Length = null, LocalDate? LastDay = null, bool RenewsAutomatically = false);
