using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// An ISO 3166-1 alpha-2 country code, such as <c>KR</c> or <c>CN</c>.
/// </summary>
/// <remarks>
/// <para>
/// A code is two ASCII letters, stored upper-case; parsing accepts either case. The library checks the
/// form, not the ISO list, so that user-assigned codes in use by registers (<c>XK</c> for Kosovo) work.
/// </para>
/// <para>
/// Equality is ordinal on the upper-case code. <c>default(CountryCode)</c> is not a code: its
/// <see cref="Value"/> is empty, and the library refuses it wherever a code is required.
/// </para>
/// </remarks>
public readonly record struct CountryCode
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The two upper-case letters of the code; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses an ISO 3166-1 alpha-2 code, in either case.</summary>
    /// <param name="code">The code, for example <c>"KR"</c>.</param>
    /// <returns>The code, upper-case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not two ASCII letters.</exception>
    public static CountryCode Parse(string code) =>
        Guard.Against.Malformed<CountryCode>(code, TryParse, "an ISO 3166-1 alpha-2 country code (two ASCII letters, like KR)");

    /// <summary>Tries to parse an ISO 3166-1 alpha-2 code, in either case.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="result">The code, upper-case, when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether <paramref name="code"/> is two ASCII letters.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode result)
    {
        if (code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]))
        {
            result = new CountryCode(code.ToUpperInvariant());
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>The code, for example <c>KR</c>.</summary>
    /// <returns>The two upper-case letters.</returns>
    public override string ToString() => Value;
}
