using System.Text.Json.Serialization;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>A region as the document stores it: every fact its factories take, the parent by id (written before it).</summary>
internal sealed record RegionDocument
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public AdministrativeKind Kind { get; set; }

    /// <summary>The names, the primary name first, then the others by language tag.</summary>
    [JsonRequired]
    public List<NameDocument> Names { get; set; } = null!;

    [JsonRequired]
    public string TimeZone { get; set; } = null!;

    public string? Parent { get; set; }

    /// <summary>A country's ISO 3166-1 code; only for a country, whose id it is.</summary>
    public string? CountryCode { get; set; }

    /// <summary>A subdivision's ISO 3166-2 code; only for a subdivision, whose id it is.</summary>
    public string? SubdivisionCode { get; set; }

    public List<string>? FormerSubdivisionCodes { get; set; }

    public string? WikidataId { get; set; }
}

/// <summary>One name of a region in one language.</summary>
internal sealed record NameDocument
{
    [JsonRequired]
    public string Language { get; set; } = null!;

    [JsonRequired]
    public string Text { get; set; } = null!;
}
