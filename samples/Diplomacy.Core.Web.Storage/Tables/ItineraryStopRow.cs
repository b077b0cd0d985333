using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>itinerary_stops</c>: one stop, its arrival and departure local to the place.</summary>
internal sealed class ItineraryStopRow
{
    public required string DelegationId { get; set; }

    public int Position { get; set; }

    public required string PlaceRegionId { get; set; }

    public LocalDateTime Arrival { get; set; }

    public LocalDateTime Departure { get; set; }
}
