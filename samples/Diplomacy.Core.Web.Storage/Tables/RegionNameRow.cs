namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>region_names</c>: one name of a region in one language; position 0 is the primary name.</summary>
internal sealed class RegionNameRow
{
    public required string RegionId { get; set; }

    public int Position { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    public bool IsPrimary { get; set; }
}
