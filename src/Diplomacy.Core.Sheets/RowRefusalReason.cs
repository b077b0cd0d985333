namespace Diplomacy.Core.Sheets;

/// <summary>Why an importer refused a row. The row added nothing: no region, no tie.</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name if you persist one.</remarks>
public enum RowRefusalReason
{
    /// <summary>The row holds another number of cells than the header (or, in a pair list, than two).</summary>
    WrongCellCount,

    /// <summary>A cell that must name a place (the home, the partner, a side of a pair) is empty.</summary>
    MissingPlace,

    /// <summary>The country given is neither a code nor a name of a country the directory or the catalog knows.</summary>
    UnknownCountry,

    /// <summary>
    /// A place is named that neither the directory nor the catalog knows, and no country is given to create it under.
    /// </summary>
    UnknownPlace,

    /// <summary>An ISO 3166-2 code that no region of the directory or the catalog holds.</summary>
    UnknownCode,

    /// <summary>The name belongs to several regions (within the country given, if any): the row must say which, by its country or code.</summary>
    AmbiguousName,

    /// <summary>The kind is none of the words the importer knows for a kind of tie.</summary>
    UnknownKind,

    /// <summary>The date is not in a form registers write (<c>2025-09-23</c>, <c>2025-09</c>, <c>2025</c>, <c>..2025-09-22</c>).</summary>
    MalformedDate,

    /// <summary>The row's agreement id is already held by the register or by an earlier row.</summary>
    IdTaken,

    /// <summary>A cell holds text that is not valid Unicode (half of a surrogate pair): a name or note the register would keep as it could not be written back as UTF-8.</summary>
    MalformedText,

    /// <summary>The core refused what the row describes; <see cref="RefusedRow.Rule"/> says which rule broke.</summary>
    BrokenRule,

    /// <summary>
    /// The country given is one that neither ISO 3166-1 nor CLDR holds, so that the catalog has no region for it
    /// (Northern Cyprus, <see cref="Reference.Catalog.FindUnlistedCountry"/>): the row must give the country ISO counts
    /// its land in (Cyprus), or name a place the register holds.
    /// </summary>
    UnlistedCountry,
}
