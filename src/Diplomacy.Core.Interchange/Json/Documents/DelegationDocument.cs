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
internal sealed record OrganizationDocument(string Name, string? Field = null);

/// <summary>A stop of the itinerary, its times local to the place.</summary>
internal sealed record StopDocument(string Place, LocalDateTime Arrival, LocalDateTime Departure, List<EngagementDocument>? Engagements = null);

/// <summary>A commitment: who owes what to whom by when, and how it was settled.</summary>
internal sealed record CommitmentDocument(
    string OwedBy,
    string OwedTo,
    string What,
    PartialDate Due,
    CommitmentStatus Status,
    LocalDate? SettledOn = null,
    string? DropReason = null);
