using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// Ties grouped one way (<see cref="Grouping"/>): a row per group, and the ties that fall in no group counted apart
/// as <see cref="Unassigned"/>, never guessed into one.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> <see cref="Rows"/> are the most ties first; rows with as many ties are in the ordinal order of
/// their keys (<c>CN</c> before <c>JP</c>). <see cref="Top"/> takes the first rows in that order, so a tie at the
/// cut is broken by the key, the same way every time.
/// </para>
/// <para>
/// <b>Sums.</b> Every tie is in exactly one row or in <see cref="Unassigned"/>, so the rows and
/// <see cref="Unassigned"/> add up to <see cref="Ties"/>; except by <see cref="StatisticsGrouping.Field"/>, where a
/// tie counts once under each field it names.
/// </para>
/// <para>Immutable, and so safe to share between threads. Equality is by reference.</para>
/// </remarks>
public sealed class StatisticsTable
{
    private readonly IReadOnlyDictionary<string, Region> _regions;

    internal StatisticsTable(StatisticsGrouping grouping, int ties, IReadOnlyDictionary<string, int> counts, int unassigned, IReadOnlyDictionary<string, Region> regions)
    {
        Grouping = grouping;
        Ties = ties;
        Unassigned = unassigned;
        _regions = regions;
        Rows = [.. counts
            .Select(pair => new StatisticsRow(pair.Key, pair.Value))
            .OrderByDescending(row => row.Count)
            .ThenBy(row => row.Key, StringComparer.Ordinal)];
    }

    /// <summary>How the ties are grouped.</summary>
    public StatisticsGrouping Grouping { get; }

    /// <summary>How many ties the table is about.</summary>
    public int Ties { get; }

    /// <summary>The groups, the most ties first, then by key (ordinal).</summary>
    public ImmutableArray<StatisticsRow> Rows { get; }

    /// <summary>The ties that fall in no group: a partner with no country, a signing whose decade is not certain, a tie naming no field, ….</summary>
    public int Unassigned { get; }

    /// <summary>The first <paramref name="count"/> rows in the order of <see cref="Rows"/>: the most ties first, a tie broken by the key.</summary>
    /// <param name="count">How many rows at most.</param>
    /// <returns>The rows; all of them when there are fewer.</returns>
    /// <exception cref="ArgumentException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<StatisticsRow> Top(int count)
    {
        Guard.Against.Negative(count);
        return Rows[..Math.Min(count, Rows.Length)];
    }

    /// <summary>A group's label in a language: the region's name for a country or a division, the kind's or ending's word, the decade.</summary>
    /// <param name="key">A row's key.</param>
    /// <param name="language">The language; one of <see cref="TextLanguages"/>, any other reads English (names of regions fall back as <see cref="RegionNames.In(LanguageTag)"/> does).</param>
    /// <returns>The label; the key itself when nothing better is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string LabelOf(string key, LanguageTag language)
    {
        Guard.Against.Null(key);
        Guard.Against.Default(language);
        return StatisticsText.Label(Grouping, key, _regions, language);
    }

    /// <summary>The label of the <see cref="Unassigned"/> ties in a language: <c>(not known or none)</c>, <c>(미상·해당 없음)</c>.</summary>
    /// <param name="language">The language; one of <see cref="TextLanguages"/>, any other reads English.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public static string LabelOfUnassigned(LanguageTag language)
    {
        Guard.Against.Default(language);
        return StatisticsText.Unassigned(language);
    }

    /// <summary>
    /// The table as text: a title line with the number of ties, then a line a row (label, key, ties), then the unassigned
    /// ties when there are any. In a language of <see cref="TextLanguages"/> (<c>By kind (3 ties)</c>, <c>유형별 (3건)</c>,
    /// <c>種類別（3件）</c>, <c>按类型（3项）</c>), English for a language not shipped.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        Guard.Against.Default(language);
        var text = new StringBuilder(TextCatalog.Core.Format("Statistics.Heading", language, StatisticsText.Title(Grouping, language), StatisticsText.Ties(Ties, language)));
        foreach (var row in Rows)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {LabelOf(row.Key, language)} [{row.Key}]: {row.Count}");
        }

        if (Unassigned > 0)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {LabelOfUnassigned(language)}: {Unassigned}");
        }

        return text.ToString();
    }

    /// <summary>The table in English.</summary>
    /// <returns>The text of <see cref="ToText"/> in English.</returns>
    public override string ToString() => ToText(LanguageTag.Parse("en"));
}
