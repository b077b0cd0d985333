using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;

namespace Diplomacy.Core.Sheets;

/// <summary>The core's statistics tables as an Excel workbook, a sheet a table, for a registrar's yearly report.</summary>
public static class StatisticsWorkbook
{
    /// <summary>
    /// Writes tables as a workbook: a sheet a table, named by its grouping (<c>PartnerCountry</c>, <c>DecadeSigned</c>; a
    /// second table of one grouping is <c>PartnerCountry (2)</c>), holding the rows of <see cref="StatisticsSheet.ToCsv"/> (a header
    /// <c>grouping,key,label,ties</c>, a row a group, a last row for the unassigned ties) with the ties as numbers.
    /// </summary>
    /// <param name="tables">The tables, in the order of their sheets.</param>
    /// <param name="stream">Where to write the workbook; it is flushed and left open.</param>
    /// <param name="language">The language of the labels.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/>, one of them, or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    /// <example>
    /// <code>
    /// var statistics = register.StatisticsOn(gyeonggi, today);
    /// using var file = File.Create("statistics.xlsx");
    /// StatisticsWorkbook.Export(statistics.Counted.Tables, file, LanguageTag.Parse("ko"));
    /// </code>
    /// </example>
    public static void Export(IEnumerable<StatisticsTable> tables, Stream stream, LanguageTag language)
    {
        Guard.Against.Null(tables);
        Guard.Against.Null(stream);
        Guard.Against.Default(language);
        var sheets = new List<(string Name, IEnumerable<WorkbookCell[]> Rows)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            Guard.Against.Null(table, nameof(tables));
            var name = table.Grouping.ToString();
            for (var n = 2; !names.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{table.Grouping} ({n})");
            }

            sheets.Add((name, Rows(table, language)));
        }

        WorkbookWriter.Write(stream, sheets);
    }

    /// <summary>The rows of <see cref="StatisticsSheet.ToCsv"/> as cells, under the same header, the ties as numbers.</summary>
    private static List<WorkbookCell[]> Rows(StatisticsTable table, LanguageTag language) =>
    [
        [.. StatisticsSheet.Header.Select(WorkbookCell.Of)],
        .. StatisticsSheet.Rows(table, language).Select(cells => cells.Select((cell, column) =>
            column == cells.Length - 1 ? WorkbookCell.Of(double.Parse(cell, CultureInfo.InvariantCulture)) : WorkbookCell.Of(cell)).ToArray()),
    ];
}
