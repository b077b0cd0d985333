using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// The numbers of a coverage: how many members are covered, how many are uncertain, out of how many.
/// </summary>
/// <remarks>
/// <para>
/// Equality is by value. <c>default</c> is "0 of 0", the count of nothing. Immutable, and so safe to share
/// between threads. <see cref="ToText(LanguageTag)"/> knows English and Korean; any other wording is the
/// caller's to build from <see cref="Covered"/>, <see cref="Uncertain"/> and <see cref="Total"/>.
/// </para>
/// <para>
/// The text never hides what it does not count: with uncertain members it says how many
/// (<c>0 of 4 (3 uncertain)</c>, <c>4곳 중 0곳 (3곳 불확실)</c>); with none it is the plain count
/// (<c>3 of 4</c>, <c>4곳 중 3곳</c>).
/// </para>
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

    /// <summary>The count in English: <c>3 of 4</c>, or <c>0 of 4 (3 uncertain)</c> when some members are uncertain.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Uncertain == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Covered} of {Total}")
            : string.Create(CultureInfo.InvariantCulture, $"{Covered} of {Total} ({Uncertain} uncertain)");

    /// <summary>
    /// The count in a language: <c>3 of 4</c> in English, <c>4곳 중 3곳</c> in Korean (any tag whose language is
    /// <c>ko</c>), and English for every other language; uncertain members, when there are any, are said in
    /// brackets: <c>0 of 4 (3 uncertain)</c>, <c>4곳 중 0곳 (3곳 불확실)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        if (!language.IsKorean)
        {
            return ToString();
        }

        return Uncertain == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Total}곳 중 {Covered}곳")
            : string.Create(CultureInfo.InvariantCulture, $"{Total}곳 중 {Covered}곳 ({Uncertain}곳 불확실)");
    }
}
