using System.Text.Json.Serialization;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>A delegation as the document stores it: its plan in the home region's local time, members, itinerary, commitments, budget and cost.</summary>
internal sealed record DelegationDocument
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public DelegationDirection Direction { get; set; }

    [JsonRequired]
    public string Home { get; set; } = null!;

    public string? Origin { get; set; }

    [JsonRequired]
    public string Purpose { get; set; } = null!;

    [JsonRequired]
    public LocalDateTime Start { get; set; }

    [JsonRequired]
    public LocalDateTime End { get; set; }

    [JsonRequired]
    public List<MemberDocument> Members { get; set; } = null!;

    public List<OrganizationDocument>? Organizations { get; set; }

    public List<StopDocument>? Stops { get; set; }

    public List<CommitmentDocument>? Commitments { get; set; }

    public MoneyDocument? Budget { get; set; }

    public MoneyDocument? ActualCost { get; set; }
}

/// <summary>A member of a delegation; the first is its head.</summary>
internal sealed record MemberDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public string Role { get; set; } = null!;
}

/// <summary>An organization taking part, or hosting a site visit.</summary>
internal sealed record OrganizationDocument
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? Field { get; set; }
}

/// <summary>A stop of the itinerary, its times local to the place.</summary>
internal sealed record StopDocument
{
    [JsonRequired]
    public string Place { get; set; } = null!;

    [JsonRequired]
    public LocalDateTime Arrival { get; set; }

    [JsonRequired]
    public LocalDateTime Departure { get; set; }

    public List<EngagementDocument>? Engagements { get; set; }
}

/// <summary>A commitment: who owes what to whom by when, and how it was settled.</summary>
internal sealed record CommitmentDocument
{
    [JsonRequired]
    public string OwedBy { get; set; } = null!;

    [JsonRequired]
    public string OwedTo { get; set; } = null!;

    [JsonRequired]
    public string What { get; set; } = null!;

    [JsonRequired]
    public PartialDate Due { get; set; }

    [JsonRequired]
    public CommitmentStatus Status { get; set; }

    public LocalDate? SettledOn { get; set; }

    public string? DropReason { get; set; }
}
