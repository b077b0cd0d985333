namespace Diplomacy.Core.Web.Reading;

/// <summary>A contact person a tie designates, for a party and maybe a field.</summary>
public sealed record ContactView(string Name, string? Title, RegionView Party, string? Field);
