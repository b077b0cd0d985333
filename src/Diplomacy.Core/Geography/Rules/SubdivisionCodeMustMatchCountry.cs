namespace Diplomacy.Core.Geography.Rules;

/// <summary>A subdivision's ISO 3166-2 codes, current and former, belong to the country the region lies in.</summary>
internal static class SubdivisionCodeMustMatchCountry
{
    public static void Check(RegionId id, Region? country, IEnumerable<SubdivisionCode> codes)
    {
        foreach (var subdivisionCode in codes)
        {
            if (country?.CountryCode is { } countryCode && subdivisionCode.Country != countryCode)
            {
                throw new DomainRuleException(
                    DomainRule.SubdivisionCodeMustMatchCountry,
                    id.Value,
                    $"The subdivision code {subdivisionCode} belongs to {subdivisionCode.Country}, but the region lies in {countryCode} ({country.Name}).");
            }
        }
    }
}
