using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Map;

/// <summary>How the map's request names its cohort: blank for the default one (as on the coverage page), <see cref="NoCohort"/> for none.</summary>
public static class TieMapQuery
{
    /// <summary>The cohort key that asks for no cohort on the map.</summary>
    public const string NoCohort = "none";

    /// <summary>The cohort a key names; null for <see cref="NoCohort"/>.</summary>
    /// <exception cref="BadInputException">The key names no cohort.</exception>
    public static CohortChoice? CohortOf(string? key) =>
        string.IsNullOrWhiteSpace(key) ? CohortChoice.Find(CohortChoice.DefaultKey)
        : key.Trim().Equals(NoCohort, StringComparison.OrdinalIgnoreCase) ? null
        : CohortChoice.Find(key.Trim()) ?? throw new BadInputException("cohort", $"'{key}' names no cohort.");
}
