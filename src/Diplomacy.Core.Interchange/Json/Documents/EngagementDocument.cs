using System.Text.Json.Serialization;
using Diplomacy.Core.Delegations;
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

/// <summary>
/// A gift: its direction is written only when the delegation was handed it (absent, the delegation gave it, as every
/// document before gifts had a direction reads); its value and disposition only when the register records them.
/// </summary>
internal sealed record GiftDocument : EngagementDocument
{
    [JsonRequired]
    public string Item { get; set; } = null!;

    [JsonRequired]
    public int Quantity { get; set; }

    [JsonRequired]
    public string Recipient { get; set; } = null!;

    public GiftDirection? Direction { get; set; }

    public MoneyDocument? Value { get; set; }

    public DispositionDocument? Disposition { get; set; }
}

/// <summary>An amount of money: a decimal number, as written, and its ISO 4217 code.</summary>
internal sealed record MoneyDocument
{
    [JsonRequired]
    public decimal Amount { get; set; }

    [JsonRequired]
    public string Currency { get; set; } = null!;
}

/// <summary>What became of a gift, and a note.</summary>
internal sealed record DispositionDocument
{
    [JsonRequired]
    public GiftDispositionKind Kind { get; set; }

    public string? Note { get; set; }
}
