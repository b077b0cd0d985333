using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// The numbers of a coverage: how many members are covered, how many are uncertain, out of how many.
/// </summary>
/// <remarks>
/// <para>
/// Equality is by value. <c>default</c> is "0 of 0", the count of nothing. Immutable, and so safe to share
/// between threads. <see cref="ToText(LanguageTag)"/> reads in the languages of <see cref="TextLanguages"/>; any
/// other wording is the caller's to build from <see cref="Covered"/>, <see cref="Uncertain"/> and <see cref="Total"/>.
/// </para>
/// <para>
/// The text never hides what it does not count: with uncertain members it says how many
/// (<c>0 of 4 (3 uncertain)</c>, <c>4곳 중 0곳 (3곳 불확실)</c>, <c>4か所中0か所（不確実3か所）</c>,
/// <c>4个中的0个（3个不确定）</c>); with none it is the plain count (<c>3 of 4</c>, <c>4곳 중 3곳</c>, <c>4か所中3か所</c>,
/// <c>4个中的3个</c>).
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
    public override string ToString() => ToText(LanguageTag.Parse("en"));

    /// <summary>
    /// The count in a language of <see cref="TextLanguages"/>: <c>3 of 4</c> in English, <c>4곳 중 3곳</c> in Korean,
    /// <c>4か所中3か所</c> in Japanese, <c>4个中的3个</c> in Simplified Chinese, and English for a language not shipped
    /// (the tag is matched as <see cref="TextLanguages"/> says); uncertain members, when there are any, are said in
    /// brackets: <c>0 of 4 (3 uncertain)</c>, <c>4곳 중 0곳 (3곳 불확실)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        return Uncertain == 0
            ? TextCatalog.Core.Format("Coverage.Count", language, Covered, Total)
            : TextCatalog.Core.Format("Coverage.CountWithUncertain", language, Covered, Total, Uncertain);
    }
}
