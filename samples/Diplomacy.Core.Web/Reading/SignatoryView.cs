namespace Diplomacy.Core.Web.Reading;

/// <summary>A person who signed a tie, for a party.</summary>
public sealed record SignatoryView(string Name, string Title, RegionView Party);
