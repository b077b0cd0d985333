using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sheets;

/// <summary>How a region is written in a sheet: by a public key when it has one, which finds it again anywhere; by name and country otherwise.</summary>
internal static class SheetRegion
{
    public static string Key(Region region) =>
        region.SubdivisionCode?.Value ?? region.CountryCode?.Value ?? region.WikidataId?.ToString() ?? region.Name;

    public static string CountryCode(Region region) =>
        region.IsCountry ? string.Empty : region.Country?.CountryCode?.Value ?? string.Empty;
}
