namespace Diplomacy.Core.Web.Reading;

/// <summary>A party to a tie, with the agency that signed for it when one did.</summary>
public sealed record PartyView(RegionView Region, string? SigningAgency);
