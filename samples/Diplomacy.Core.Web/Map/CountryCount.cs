using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Map;

/// <summary>A country's partners, for the table beside the map.</summary>
/// <param name="Country">The country, or null for partners that lie in none.</param>
/// <param name="Partners">Its partners, by id.</param>
public sealed record CountryCount(RegionView? Country, IReadOnlyList<MapMarker> Partners);
