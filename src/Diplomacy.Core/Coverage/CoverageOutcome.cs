namespace Diplomacy.Core.Coverage;

/// <summary>Where one member of a cohort stands in a coverage on a date.</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum CoverageOutcome
{
    /// <summary>No tie of the home region with the member qualifies, nor could one: the member is not covered. This is the <c>default</c>.</summary>
    Missing,

    /// <summary>
    /// No tie certainly qualifies, but one could: its status or kind on that date is uncertain (a date known only
    /// in part) and one of its possible values qualifies. Never counted as covered; reported apart.
    /// </summary>
    Uncertain,

    /// <summary>At least one tie of the home region with the member qualifies on that date.</summary>
    Covered,
}
