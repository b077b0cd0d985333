using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Diplomacy.Core;

/// <summary>
/// The one rule for the names of open sets (fields of cooperation, member roles, organization fields): trimmed, inner runs of
/// white space made one space, compared without regard to case.
/// </summary>
internal static class OpenSetName
{
    /// <summary>The comparer the open sets use for their names.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Checks and normalizes a name, so that "Vice  Governor " and "vice governor" are one value.</summary>
    public static string Normalize(string? name, [CallerArgumentExpression(nameof(name))] string? parameterName = null)
    {
        Guard.Against.NullOrWhiteSpace(name, parameterName);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
