using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A stop of an itinerary: the place, arrival and departure in its own zone, and what happened there.</summary>
public sealed record StopView(RegionView Place, LocalTimeView Arrival, LocalTimeView Departure, IReadOnlyList<EngagementView> Engagements)
{
    public static StopView Of(ItineraryStop stop, Texts texts) => new(
        RegionView.Of(stop.Place, texts),
        LocalTimeView.Of(stop.Arrival),
        LocalTimeView.Of(stop.Departure),
        [.. stop.Engagements.Select(engagement => EngagementView.Of(engagement, stop.Place.TimeZone, texts))]);
}
