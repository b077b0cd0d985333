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
    public required LocalDateTime At { get; init; }
}

internal sealed record MeetingDocument : EngagementDocument
{
    public required List<CounterpartDocument> Counterparts { get; init; }

    public string? Subject { get; init; }
}

/// <summary>A counterpart met.</summary>
internal sealed record CounterpartDocument(string Name, string Title);

/// <summary>A signing: of an agreement of the register (by id), or of a document the register does not hold (title and parties).</summary>
internal sealed record SigningDocument : EngagementDocument
{
    public string? Agreement { get; init; }

    public string? Title { get; init; }

    public List<string>? Parties { get; init; }
}

internal sealed record SiteVisitDocument : EngagementDocument
{
    public required OrganizationDocument Host { get; init; }
}

internal sealed record EventParticipationDocument : EngagementDocument
{
    public required string Name { get; init; }
}

internal sealed record GiftDocument : EngagementDocument
{
    public required string Item { get; init; }

    public required int Quantity { get; init; }

    public required string Recipient { get; init; }
}
