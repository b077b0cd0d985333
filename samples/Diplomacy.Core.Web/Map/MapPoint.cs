namespace Diplomacy.Core.Web.Map;

/// <summary>
/// A point on the map's equirectangular projection, in degrees: <see cref="X"/> is the longitude + 180 (0 at the
/// antimeridian, west of the Pacific's eastern shore), <see cref="Y"/> is 90 − the latitude (0 at the North Pole).
/// </summary>
public readonly record struct MapPoint(double X, double Y)
{
    /// <summary>The point of a latitude and longitude in degrees (WGS 84).</summary>
    public static MapPoint Of(double latitude, double longitude) => new(longitude + 180, 90 - latitude);
}
