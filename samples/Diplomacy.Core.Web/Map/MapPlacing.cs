using Diplomacy.Core.Geography;
using Diplomacy.Core.Places;

namespace Diplomacy.Core.Web.Map;

/// <summary>How a region was put on the map, from the most exact to the roughest.</summary>
public enum PlacedBy
{
    /// <summary>Not drawn: neither the gazetteer nor the outlines know where it lies.</summary>
    Nowhere,

    /// <summary>At the gazetteer's coordinates of the place itself (a city the gazetteer holds).</summary>
    Place,

    /// <summary>At the place a first-level division is governed from (<see cref="Gazetteer.SeatOf"/>).</summary>
    Seat,

    /// <summary>At the centroid of its country's outline (a country, or a region the gazetteer cannot place).</summary>
    Country,
}

/// <summary>
/// Where the map draws a region: a place of the gazetteer (<c>geonames:…</c>) at its coordinates; a first-level
/// division at its seat (the reference catalog carries no coordinates); anything else, or a division without a seat,
/// at its country's centroid; a region whose country the outlines lack (Singapore, Monaco) or that has no country is
/// not drawn, only listed.
/// </summary>
public static class MapPlacing
{
    private const string GeoNamesPrefix = "geonames:";

    /// <summary>The point a region is drawn at, and how it was found; the point is null when it is <see cref="PlacedBy.Nowhere"/>.</summary>
    public static (MapPoint? Point, PlacedBy By) Of(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var key = region.Id.Value;
        if (key.StartsWith(GeoNamesPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(key.AsSpan(GeoNamesPrefix.Length), out var geoNameId)
            && Gazetteer.Find(geoNameId) is { } place)
        {
            return (MapPoint.Of(place.Latitude, place.Longitude), PlacedBy.Place);
        }

        if (region.SubdivisionCode is { } division && region.Parent is { IsCountry: true }
            && Gazetteer.SeatOf(new RegionId(division.Value)) is { } seat)
        {
            return (MapPoint.Of(seat.Latitude, seat.Longitude), PlacedBy.Seat);
        }

        return region.Country?.CountryCode is { } country && WorldOutlines.Instance.CentroidOf(country.Value) is { } centroid
            ? (centroid, PlacedBy.Country)
            : (null, PlacedBy.Nowhere);
    }
}
