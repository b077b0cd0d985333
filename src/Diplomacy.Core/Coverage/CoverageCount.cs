using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// The numbers of a coverage: how many members are covered, how many are uncertain, out of how many.
/// </summary>
/// <remarks>
/// Equality is by value. <c>default</c> is "0 of 0", the count of nothing. Immutable, and so safe to share
/// between threads. <see cref="ToText(LanguageTag)"/> knows English and Korean; any other wording is the
/// caller's to build from <see cref="Covered"/> and <see cref="Total"/>.
/// </remarks>
/// <param name="Covered">How many members are covered.</param>
/// <param name="Uncertain">How many members are neither covered nor missing: a tie could qualify, but its status or kind is uncertain. Not part of <see cref="Covered"/>.</param>
/// <param name="Total">How many members the cohort has.</param>
public readonly record struct CoverageCount(int Covered, int Uncertain, int Total)
{
    /// <summary>How many members are missing: neither covered nor uncertain.</summary>
    public int Missing => Total - Covered - Uncertain;

    /// <summary>The share of members covered, from 0 to 1; 0 when the total is 0.</summary>
    public double Ratio => Total == 0 ? 0 : (double)Covered / Total;

    /// <summary>The count in English, for example <c>3 of 4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Covered} of {Total}");

    /// <summary>
    /// The count in a language: <c>3 of 4</c> in English, <c>4곳 중 3곳</c> in Korean (any tag whose language is
    /// <c>ko</c>), and English for every other language.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        return language.IsKorean
            ? string.Create(CultureInfo.InvariantCulture, $"{Total}곳 중 {Covered}곳")
            : ToString();
    }
}
