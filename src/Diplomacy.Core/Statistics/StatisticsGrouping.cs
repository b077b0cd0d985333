namespace Diplomacy.Core.Statistics;

/// <summary>How the ties of a <see cref="StatisticsTable"/> are grouped.</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum StatisticsGrouping
{
    /// <summary>By the partner's country (ISO 3166-1 code); a partner with no country is unassigned.</summary>
    PartnerCountry,

    /// <summary>By the tie's kind on the date of the statistics.</summary>
    Kind,

    /// <summary>By the decade of signing (<c>1990s</c>); a signing that may fall in two decades, or is unknown, is unassigned.</summary>
    DecadeSigned,

    /// <summary>
    /// By the home side's first-level division: a city's ties rolled up to its province. A home-side party that is a
    /// country, or lies in no first-level division the register knows, is unassigned.
    /// </summary>
    HomeDivision,

    /// <summary>By the partner's first-level division (a district of Shanghai counts for Shanghai); otherwise unassigned.</summary>
    PartnerDivision,

    /// <summary>By field of cooperation: a tie counts once under each field it names, and is unassigned when it names none.</summary>
    Field,

    /// <summary>Only for ties that ended between two dates: by the status on the later date (expired, terminated, superseded, suspended, …).</summary>
    Ending,
}
