using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Map;

/// <summary>A region on the map: its view, its country's view, and where it is drawn.</summary>
/// <param name="Region">The region's key and name.</param>
/// <param name="Country">The region's country (itself for a country), or null when it lies in none.</param>
/// <param name="Point">Where it is drawn, or null when it is not.</param>
/// <param name="By">How the point was found.</param>
public sealed record MapMarker(RegionView Region, RegionView? Country, MapPoint? Point, PlacedBy By)
{
    public static MapMarker Of(Region region, Texts texts)
    {
        var (point, by) = MapPlacing.Of(region);
        return new MapMarker(RegionView.Of(region, texts), region.Country is { } country ? RegionView.Of(country, texts) : null, point, by);
    }
}
