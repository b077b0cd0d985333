using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>A delegation as the document stores it: its plan in the home region's local time, members, itinerary and commitments.</summary>
internal sealed record DelegationDocument
{
    public required string Id { get; init; }

    public required DelegationDirection Direction { get; init; }

    public required string Home { get; init; }

    public string? Origin { get; init; }

    public required string Purpose { get; init; }

    public required LocalDateTime Start { get; init; }

    public required LocalDateTime End { get; init; }

    public required List<MemberDocument> Members { get; init; }

    public List<OrganizationDocument>? Organizations { get; init; }

    public List<StopDocument>? Stops { get; init; }

    public List<CommitmentDocument>? Commitments { get; init; }
}

/// <summary>A member of a delegation; the first is its head.</summary>
internal sealed record MemberDocument(string Name, string Title, string Role);

/// <summary>An organization taking part, or hosting a site visit.</summary>
internal sealed record OrganizationDocument
{
    public required string Name { get; init; }

    public string? Field { get; init; }
}

/// <summary>A stop of the itinerary, its times local to the place.</summary>
internal sealed record StopDocument
{
    public required string Place { get; init; }

    public required LocalDateTime Arrival { get; init; }

    public required LocalDateTime Departure { get; init; }

    public List<EngagementDocument>? Engagements { get; init; }
}

/// <summary>A commitment: who owes what to whom by when, and how it was settled.</summary>
internal sealed record CommitmentDocument
{
    public required string OwedBy { get; init; }

    public required string OwedTo { get; init; }

    public required string What { get; init; }

    public required PartialDate Due { get; init; }

    public required CommitmentStatus Status { get; init; }

    public LocalDate? SettledOn { get; init; }

    public string? DropReason { get; init; }
}
