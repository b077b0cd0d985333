namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>region_former_codes</c>: an ISO 3166-2 code a subdivision had before, which still finds it.</summary>
internal sealed class RegionFormerCodeRow
{
    public required string RegionId { get; set; }

    public int Position { get; set; }

    public required string Code { get; set; }
}
