using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>An ISO 4217 currency code, three upper-case letters: <c>KRW</c>, <c>CNY</c>, <c>USD</c>.</summary>
/// <remarks>
/// <para>
/// The code is checked for its form, not against ISO's list: the list changes (codes are added and withdrawn), and a
/// register keeps the code it was written in. Lower-case letters are refused rather than guessed.
/// </para>
/// <para>
/// Equality is ordinal. <c>default(CurrencyCode)</c> is not a code: its <see cref="Value"/> is empty, and
/// <see cref="Money"/> refuses it. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly record struct CurrencyCode
{
    private readonly string? _value;

    /// <summary>Reads a currency code.</summary>
    /// <param name="value">Three upper-case ASCII letters, for example <c>"KRW"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three upper-case letters A to Z.</exception>
    public CurrencyCode(string value)
    {
        Guard.Against.Null(value);
        if (value.Length != 3 || !value.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The currency code '{value}' is not three upper-case letters A to Z (ISO 4217, for example KRW).", nameof(value));
        }

        _value = value;
    }

    /// <summary>The code's three letters; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The code's three letters.</summary>
    /// <returns>For example <c>KRW</c>.</returns>
    public override string ToString() => Value;
}
