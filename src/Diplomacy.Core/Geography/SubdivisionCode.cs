using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// An ISO 3166-2 subdivision code: a country's alpha-2 code, a hyphen and one to three letters or digits,
/// such as <c>KR-41</c> (Gyeonggi-do) or <c>CN-SH</c> (Shanghai).
/// </summary>
/// <remarks>
/// <para>
/// Stored upper-case; parsing accepts either case. The library checks the form, not the ISO list, so
/// that codes ISO has since replaced (<c>CN-31</c>, Shanghai's code until 2017) can still be recorded as
/// a region's former codes.
/// </para>
/// <para>
/// Equality is ordinal on the upper-case code. <c>default(SubdivisionCode)</c> is not a code: its
/// <see cref="Value"/> is empty and its <see cref="Country"/> is <c>default</c>.
/// </para>
/// </remarks>
public readonly record struct SubdivisionCode
{
    private readonly string? _value;

    private SubdivisionCode(string value) => _value = value;

    /// <summary>The whole code, upper-case, for example <c>CN-SH</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The country the subdivision belongs to: the part before the hyphen.</summary>
    public CountryCode Country => _value is null ? default : CountryCode.Parse(_value[..2]);

    /// <summary>Parses an ISO 3166-2 code, in either case.</summary>
    /// <param name="code">The code, for example <c>"CN-SH"</c>.</param>
    /// <returns>The code, upper-case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is not two letters, a hyphen and one to three letters or digits.
    /// </exception>
    public static SubdivisionCode Parse(string code) =>
        Guard.Against.Malformed<SubdivisionCode>(code, TryParse, "an ISO 3166-2 subdivision code (country, hyphen, 1 to 3 letters or digits, like CN-SH)");

    /// <summary>Tries to parse an ISO 3166-2 code, in either case.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="result">The code, upper-case, when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether <paramref name="code"/> has the form of an ISO 3166-2 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out SubdivisionCode result)
    {
        result = default;
        if (code is null || code.Length is < 4 or > 6 || code[2] != '-'
            || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return false;
        }

        for (var i = 3; i < code.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(code[i]))
            {
                return false;
            }
        }

        result = new SubdivisionCode(code.ToUpperInvariant());
        return true;
    }

    /// <summary>The code, for example <c>CN-SH</c>.</summary>
    /// <returns>The whole code, upper-case.</returns>
    public override string ToString() => Value;
}
