using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>regions</c>: one region of the directory, in the directory's order.</summary>
internal sealed class RegionRow
{
    public required string Id { get; set; }

    public int Position { get; set; }

    public AdministrativeKind Kind { get; set; }

    public string? ParentId { get; set; }

    public required string TimeZone { get; set; }

    public string? CountryCode { get; set; }

    public string? SubdivisionCode { get; set; }

    public string? WikidataId { get; set; }
}
