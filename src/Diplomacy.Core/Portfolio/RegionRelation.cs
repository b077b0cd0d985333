namespace Diplomacy.Core.Portfolio;

/// <summary>How a region found by a check stands to the region it was looked for from (the home or a partner).</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum RegionRelation
{
    /// <summary>It is that region itself. This is the <c>default</c>.</summary>
    Same,

    /// <summary>It lies inside that region, at any depth: a city of the province, a district of the city.</summary>
    SubRegion,

    /// <summary>That region lies inside it: its parent, or any region further up (the province of a city, its country).</summary>
    Parent,
}
