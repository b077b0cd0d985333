namespace Diplomacy.Core.Sheets;

/// <summary>
/// Which header names a register sheet's columns go by. The defaults are the names <see cref="RegisterSheet.Export"/>
/// writes; headers match ignoring case and the spaces around them. Only the home and partner columns must be in the
/// sheet; a sheet without one of the others leaves it unknown for every row.
/// </summary>
/// <example>
/// <code>
/// var columns = new SheetColumns { Home = "City", Partner = "Twin", PartnerCountry = "Country", Date = "Since" };
/// </code>
/// </example>
public sealed record SheetColumns
{
    /// <summary>The home region: a code, a Wikidata id or a name. Default <c>home</c>.</summary>
    public string Home { get; init; } = "home";

    /// <summary>The home region's country, by code or name; needed only to create a home the register lacks. Default <c>home country</c>.</summary>
    public string HomeCountry { get; init; } = "home country";

    /// <summary>The partner region: a code, a Wikidata id or a name. Default <c>partner</c>.</summary>
    public string Partner { get; init; } = "partner";

    /// <summary>The partner's country, by code or name (<c>KR</c>, <c>Republic of Ireland</c>). Default <c>partner country</c>.</summary>
    public string PartnerCountry { get; init; } = "partner country";

    /// <summary>The kind of tie, in any word the importer knows (see <see cref="RegisterSheet"/>); empty for the options' default kind. Default <c>kind</c>.</summary>
    public string Kind { get; init; } = "kind";

    /// <summary>The signing date as written (<c>1993-10-25</c>, <c>1993-10</c>, <c>2011</c>, <c>..2025-09-22</c>); empty when unknown. Default <c>date</c>.</summary>
    public string Date { get; init; } = "date";

    /// <summary>The fields of cooperation, separated by semicolons or commas. Default <c>fields</c>.</summary>
    public string Fields { get; init; } = "fields";

    /// <summary>A note on the tie, kept as one note. Default <c>notes</c>.</summary>
    public string Notes { get; init; } = "notes";

    /// <summary>The agreement's id; when the column is absent or the cell empty, the importer makes one from the two regions and the kind. Default <c>id</c>.</summary>
    public string Id { get; init; } = "id";
}
