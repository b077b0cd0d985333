using System.Text.Json.Serialization;
using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>What a delegation did at a stop, named by its <c>"engagement"</c> property, at a local time.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "engagement", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(MeetingDocument), "meeting")]
[JsonDerivedType(typeof(SigningDocument), "signing")]
[JsonDerivedType(typeof(SiteVisitDocument), "siteVisit")]
[JsonDerivedType(typeof(EventParticipationDocument), "event")]
[JsonDerivedType(typeof(GiftDocument), "gift")]
internal abstract record EngagementDocument
{
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public LocalDateTime At { get; set; }
}

internal sealed record MeetingDocument : EngagementDocument
{
    [JsonRequired]
    public List<CounterpartDocument> Counterparts { get; set; } = null!;

    public string? Subject { get; set; }
}

/// <summary>A counterpart met.</summary>
internal sealed record CounterpartDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;
}

/// <summary>A signing: of an agreement of the register (by id), or of a document the register does not hold (title and parties).</summary>
internal sealed record SigningDocument : EngagementDocument
{
    public string? Agreement { get; set; }

    public string? Title { get; set; }

    public List<string>? Parties { get; set; }
}

internal sealed record SiteVisitDocument : EngagementDocument
{
    [JsonRequired]
    public OrganizationDocument Host { get; set; } = null!;
}

internal sealed record EventParticipationDocument : EngagementDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;
}

internal sealed record GiftDocument : EngagementDocument
{
    [JsonRequired]
    public string Item { get; set; } = null!;

    [JsonRequired]
    public int Quantity { get; set; }

    [JsonRequired]
    public string Recipient { get; set; } = null!;
}
