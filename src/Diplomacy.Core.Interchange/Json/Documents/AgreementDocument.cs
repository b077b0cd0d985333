using System.Text.Json.Serialization;
using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>An agreement as the document stores it: the facts the core rebuilds it from, its events' sources beside each event.</summary>
internal sealed record AgreementDocument
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    public string? Title { get; set; }

    /// <summary>True when the tie stands beside a like tie held before it, and is added as distinct; absent otherwise.</summary>
    public bool? Distinct { get; set; }

    [JsonRequired]
    public List<PartyDocument> Parties { get; set; } = null!;

    [JsonRequired]
    public List<EventDocument> History { get; set; } = null!;

    public List<RetractionDocument>? Retractions { get; set; }

    public ZonedDateTime? Ceremony { get; set; }

    public List<SignatoryDocument>? Signatories { get; set; }

    public List<string>? Fields { get; set; }

    public List<ContactDocument>? Contacts { get; set; }

    public List<SourceDocument>? Sources { get; set; }

    public List<string>? Notes { get; set; }
}

/// <summary>A party by its region's id, with the agency that signed for it.</summary>
internal sealed record PartyDocument
{
    [JsonRequired]
    public string Region { get; set; } = null!;

    public string? SigningAgency { get; set; }
}

/// <summary>An event taken back as recorded in error, with why.</summary>
internal sealed record RetractionDocument
{
    [JsonRequired]
    public EventDocument Event { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}

/// <summary>Who signed, for which party (a region's id).</summary>
internal sealed record SignatoryDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public string Party { get; set; } = null!;
}

/// <summary>A contact person a party designated.</summary>
internal sealed record ContactDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Party { get; set; } = null!;

    public string? Field { get; set; }

    public string? Title { get; set; }
}

/// <summary>Where a fact came from: an absolute address, a citation, or both.</summary>
internal sealed record SourceDocument
{
    public Uri? Url { get; set; }

    public string? Citation { get; set; }
}

/// <summary>A term: a length (ISO period) that may renew itself, or a last day.</summary>
internal sealed record TermDocument
{
    public Period? Length { get; set; }

    public LocalDate? LastDay { get; set; }

    public bool RenewsAutomatically { get; set; }
}
