using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// A home region's statistics on a date, grouped one way, as the statistics page shows them: the core's headline
/// counts and one of its tables, with the same table as the Sheets package writes it in CSV.
/// </summary>
public sealed record StatisticsReport
{
    /// <summary>The groupings a reader may choose: every table of a statistics on a date (the kind of ending is only for changes between two dates).</summary>
    public static IReadOnlyList<StatisticsGrouping> Groupings { get; } =
        [.. Enum.GetValues<StatisticsGrouping>().Where(grouping => grouping != StatisticsGrouping.Ending)];

    public required RegionView Home { get; init; }

    public required LocalDate Date { get; init; }

    public required StatisticsGrouping Grouping { get; init; }

    /// <summary>Whether the home is a country whose sub-regions' ties are counted with its own (a national register).</summary>
    public required bool National { get; init; }

    /// <summary>The ties that count on the date.</summary>
    public required int Ties { get; init; }

    public required int Partners { get; init; }

    public required int PartnerCountries { get; init; }

    /// <summary>The ties that could count but whose status or kind on the date is uncertain: counted apart, in no row.</summary>
    public required int Uncertain { get; init; }

    /// <summary>The table's rows, the most ties first, each with its label in the reader's language.</summary>
    public required IReadOnlyList<StatisticsRowView> Rows { get; init; }

    /// <summary>The ties that fall in no group.</summary>
    public required int Unassigned { get; init; }

    /// <summary>The table as the Sheets package writes it in CSV (<see cref="StatisticsSheet.ToCsv"/>), in the reader's language, each line ended by <c>\r\n</c>.</summary>
    public required string Csv { get; init; }

    /// <remarks>
    /// A country as home reads as a national register: its sub-regions' ties count with its own
    /// (<see cref="CoverageCriteria.IncludeHomeSubregions"/>), as GAOK counts every Korean government's ties for Korea.
    /// Any other home counts only its own ties, as the coverage page does.
    /// </remarks>
    public static StatisticsReport Of(Register register, Region home, LocalDate date, StatisticsGrouping grouping, Texts texts)
    {
        var statistics = register.StatisticsOn(home, date, CoverageCriteria.Default with { IncludeHomeSubregions = home.IsCountry });
        var table = statistics.Counted.Table(grouping);
        return new StatisticsReport
        {
            Home = RegionView.Of(home, texts),
            Date = date,
            Grouping = grouping,
            National = home.IsCountry,
            Ties = statistics.Counted.Count,
            Partners = statistics.Counted.Partners.Length,
            PartnerCountries = statistics.Counted.PartnerCountries,
            Uncertain = statistics.Uncertain.Count,
            Rows = [.. table.Rows.Select(row => new StatisticsRowView(row.Key, table.LabelOf(row.Key, texts.Language), row.Count))],
            Unassigned = table.Unassigned,
            Csv = StatisticsSheet.ToCsv(table, texts.Language),
        };
    }
}

/// <summary>One row of a statistics table: its stable key, its label in the reader's language, and how many ties it holds.</summary>
public sealed record StatisticsRowView(string Key, string Label, int Count);
