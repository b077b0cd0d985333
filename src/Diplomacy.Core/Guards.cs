using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Diplomacy.Core;

/// <summary>
/// The library's own guard clauses, kept internal and in the library's namespace so that they never leak
/// into a consumer's <c>Guard.Against</c>.
/// </summary>
internal static class Guards
{
    /// <summary>Refuses a value that does not parse with the given parser, naming the value and the rule it breaks.</summary>
    public static T Malformed<T>(
        this IGuardClause guardClause,
        [NotNull] string? input,
        TryParser<T> tryParse,
        string rule,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        Guard.Against.Null(input, parameterName);
        if (!tryParse(input, out var value))
        {
            throw new ArgumentException($"'{input}' is not {rule}.", parameterName);
        }

        return value;
    }

    /// <summary>A parser in the <c>TryParse</c> shape.</summary>
    public delegate bool TryParser<T>(string? input, out T value);
}
