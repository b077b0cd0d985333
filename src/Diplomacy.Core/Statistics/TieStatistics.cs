using System.Globalization;
using System.Text;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// What a register's yearly report says about a home region on a date: its ties that count (as for a coverage, see
/// <see cref="CoverageCriteria"/>) by partner country, kind, decade of signing, home and partner first-level
/// division and field, and the ties whose status or kind is uncertain that day, counted apart.
/// </summary>
/// <remarks>
/// <para>
/// <b>What counts.</b> A tie (one agreement seen from one pair of a home-side party and a partner, see
/// <see cref="TieTally"/>) is in <see cref="Counted"/> when it would cover the partner in a coverage on that date
/// under the same criteria; it is in <see cref="Uncertain"/> when it only could (its status or kind that day depends on
/// a date known only in part). An uncertain tie is never put into a row.
/// </para>
/// <para>
/// <b>A national register.</b> A report over a whole register is the report of its country with its sub-regions:
/// Korea with <see cref="CoverageCriteria.IncludeHomeSubregions"/> counts every tie of every Korean government.
/// </para>
/// <para>Immutable, and so safe to share between threads. Equality is by reference.</para>
/// </remarks>
public sealed class TieStatistics
{
    internal TieStatistics(Region home, LocalDate date, CoverageCriteria criteria, TieTally counted, TieTally uncertain)
    {
        Home = home;
        Date = date;
        Criteria = criteria;
        Counted = counted;
        Uncertain = uncertain;
    }

    /// <summary>The home region whose ties were counted.</summary>
    public Region Home { get; }

    /// <summary>The date of the statistics.</summary>
    public LocalDate Date { get; }

    /// <summary>What made a tie count.</summary>
    public CoverageCriteria Criteria { get; }

    /// <summary>The ties that count on <see cref="Date"/>, with every table.</summary>
    public TieTally Counted { get; }

    /// <summary>The ties that could count, but whose status or kind on <see cref="Date"/> is uncertain: reported apart, in no row of <see cref="Counted"/>.</summary>
    public TieTally Uncertain { get; }

    /// <summary>
    /// The statistics as text: a headline (ties, partners, countries, uncertain ties), then every table of
    /// <see cref="Counted"/>. In a language of <see cref="TextLanguages"/>, English for a language not shipped; dates as
    /// ISO 8601 (<c>2025-09-25</c>) in every language.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        // A default language is refused by the first table's text, before anything is returned.
        var name = Home.Names.In(language).Text;
        var text = new StringBuilder(TextCatalog.Core.Format(
            "Statistics.Headline", language, name, Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), StatisticsText.Ties(Counted.Count, language), Counted.Partners.Length, Counted.PartnerCountries, Uncertain.Count));
        foreach (var table in Counted.Tables)
        {
            text.Append('\n').Append(table.ToText(language));
        }

        return text.ToString();
    }

    /// <summary>The statistics in English.</summary>
    /// <returns>The text of <see cref="ToText"/> in English.</returns>
    public override string ToString() => ToText(LanguageTag.Parse("en"));
}
