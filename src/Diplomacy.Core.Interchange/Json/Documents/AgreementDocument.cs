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
internal sealed record PartyDocument
{
    public required string Region { get; init; }

    public string? SigningAgency { get; init; }
}

/// <summary>An event taken back as recorded in error, with why.</summary>
internal sealed record RetractionDocument(EventDocument Event, string Reason);

/// <summary>Who signed, for which party (a region's id).</summary>
internal sealed record SignatoryDocument(string Name, string Title, string Party);

/// <summary>A contact person a party designated.</summary>
internal sealed record ContactDocument
{
    public required string Name { get; init; }

    public required string Party { get; init; }

    public string? Field { get; init; }

    public string? Title { get; init; }
}

/// <summary>Where a fact came from: an absolute address, a citation, or both.</summary>
internal sealed record SourceDocument
{
    public Uri? Url { get; init; }

    public string? Citation { get; init; }
}

/// <summary>A term: a length (ISO period) that may renew itself, or a last day.</summary>
internal sealed record TermDocument
{
    public Period? Length { get; init; }

    public LocalDate? LastDay { get; init; }

    public bool RenewsAutomatically { get; init; }
}
