using System.Globalization;
using System.Text;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// What changed in a home region's ties between two dates, as a yearly report tells it: the ties added, the ties
/// ended (by kind of ending) and the ties upgraded, each with the same tables as <see cref="TieStatistics"/>.
/// </summary>
/// <remarks>
/// <para>
/// A tie (see <see cref="TieTally"/>) is judged on both dates as <see cref="TieStatistics"/> judges it:
/// <b>added</b> when it counts on <see cref="To"/> and did not on <see cref="From"/>; <b>ended</b> when it counted on
/// <see cref="From"/> and does not on <see cref="To"/>, grouped by its status on <see cref="To"/> (expired,
/// terminated, superseded, suspended) or, when its status still counts, as now of a kind not counted; <b>upgraded</b>
/// when it counts on both and its kind on <see cref="To"/> is deeper. A tie uncertain on either date, or counting on
/// both with its kind not known on one of them (upgraded or not, nobody can say), is in <see cref="Uncertain"/> only;
/// the optimistic count (<see cref="CoverageCriteria.CountUncertainAsCovered"/>) never moves it into a row. An upgrade by a new agreement that supersedes the old one is one tie ended
/// (superseded) and one added, as the register holds two agreements.
/// </para>
/// <para>
/// Added and upgraded ties are grouped by their kind on <see cref="To"/>, ended ties by their kind on
/// <see cref="From"/>. Immutable, and so safe to share between threads. Equality is by reference.
/// </para>
/// </remarks>
public sealed class TieChanges
{
    internal TieChanges(Region home, LocalDate from, LocalDate to, CoverageCriteria criteria, TieTally added, TieTally ended, TieTally upgraded, int uncertain)
    {
        Home = home;
        From = from;
        To = to;
        Criteria = criteria;
        Added = added;
        Ended = ended;
        Upgraded = upgraded;
        Uncertain = uncertain;
    }

    /// <summary>The home region whose ties were compared.</summary>
    public Region Home { get; }

    /// <summary>The earlier date.</summary>
    public LocalDate From { get; }

    /// <summary>The later date.</summary>
    public LocalDate To { get; }

    /// <summary>What made a tie count.</summary>
    public CoverageCriteria Criteria { get; }

    /// <summary>The ties that count on <see cref="To"/> and did not on <see cref="From"/>.</summary>
    public TieTally Added { get; }

    /// <summary>The ties that counted on <see cref="From"/> and do not on <see cref="To"/>; <see cref="EndedBy"/> groups them by kind of ending.</summary>
    public TieTally Ended { get; }

    /// <summary>The ended ties by kind of ending: <c>Expired</c>, <c>Terminated</c>, <c>Superseded</c>, <c>Suspended</c>, or <c>OutOfKinds</c> (its kind is no longer one counted).</summary>
    public StatisticsTable EndedBy => Ended.Tables[(int)StatisticsGrouping.Ending];

    /// <summary>The ties that count on both dates and are of a deeper kind on <see cref="To"/>.</summary>
    public TieTally Upgraded { get; }

    /// <summary>How many ties were uncertain on either date, or of a kind not known on one of them, and so are in none of the three.</summary>
    public int Uncertain { get; }

    /// <summary>
    /// The changes as text: a headline, then the kinds of ending and the added ties by kind. In a language of
    /// <see cref="TextLanguages"/>, English for a language not shipped; dates as ISO 8601 (<c>2025-09-25</c>) in every
    /// language.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    public string ToText(LanguageTag language)
    {
        // A default language is refused by the first table's text, before anything is returned.
        var name = Home.Names.In(language).Text;
        var text = new StringBuilder(TextCatalog.Core.Format("Statistics.Changes", language, name, From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), To.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Added.Count, Ended.Count, Upgraded.Count, Uncertain));
        text.Append('\n').Append(EndedBy.ToText(language)).Append('\n').Append(Added.ByKind.ToText(language));
        return text.ToString();
    }

    /// <summary>The changes in English.</summary>
    /// <returns>The text of <see cref="ToText"/> in English.</returns>
    public override string ToString() => ToText(LanguageTag.Parse("en"));
}
