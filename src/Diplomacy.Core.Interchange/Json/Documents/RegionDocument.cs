using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>A region as the document stores it: every fact its factories take, the parent by id (written before it).</summary>
internal sealed record RegionDocument
{
    public required string Id { get; init; }

    public required AdministrativeKind Kind { get; init; }

    /// <summary>The names, the primary name first, then the others by language tag.</summary>
    public required List<NameDocument> Names { get; init; }

    public required string TimeZone { get; init; }

    public string? Parent { get; init; }

    /// <summary>A country's ISO 3166-1 code; only for a country, whose id it is.</summary>
    public string? CountryCode { get; init; }

    /// <summary>A subdivision's ISO 3166-2 code; only for a subdivision, whose id it is.</summary>
    public string? SubdivisionCode { get; init; }

    public List<string>? FormerSubdivisionCodes { get; init; }

    public string? WikidataId { get; init; }
}

/// <summary>One name of a region in one language.</summary>
internal sealed record NameDocument(string Language, string Text);
