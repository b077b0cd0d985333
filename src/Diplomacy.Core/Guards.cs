using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

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

    /// <summary>
    /// Refuses a period that is not a length of whole days forward (a notice, a look-ahead): one with a time of day or a
    /// negative unit, and zero when <paramref name="allowZero"/> is false. The message names the value refused.
    /// </summary>
    public static Period DateLength(
        this IGuardClause guardClause,
        [NotNull] Period? input,
        bool allowZero,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        Guard.Against.Null(input, parameterName);
        if (input.HasTimeComponent || input.Years < 0 || input.Months < 0 || input.Weeks < 0 || input.Days < 0 || (!allowZero && input.Equals(Period.Zero)))
        {
            throw new ArgumentOutOfRangeException(parameterName, input, $"'{input}' is not a length of days, weeks, months or years forward.");
        }

        return input;
    }

    /// <summary>A parser in the <c>TryParse</c> shape.</summary>
    public delegate bool TryParser<T>(string? input, out T value);
}
