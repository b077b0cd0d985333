using System.Globalization;
using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;
using nietras.SeparatedValues;

namespace Diplomacy.Core.Sheets;

/// <summary>The core's statistics tables as sheets, for a registrar's yearly report or a spreadsheet.</summary>
public static class StatisticsSheet
{
    /// <summary>The columns of a statistics sheet, in every format the package writes it in.</summary>
    internal static string[] Header => ["grouping", "key", "label", "ties"];

    /// <summary>
    /// A table as CSV (RFC 4180: fields joined by commas, a field holding a comma, a quote or a line break quoted and
    /// its quotes doubled, each line ended by <c>\r\n</c>): a header <c>grouping,key,label,ties</c>, a row a group in
    /// the table's order, and a last row with an empty key for the unassigned ties (always present, so that the rows
    /// add up). Labels are <see cref="StatisticsTable.LabelOf"/> and <see cref="StatisticsTable.LabelOfUnassigned"/>
    /// in the language; the grouping, keys and counts are the same in every language.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="language">The language of the labels (see <see cref="TextLanguages"/>).</param>
    /// <returns>The text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is <c>default</c>.</exception>
    /// <example>
    /// <code>
    /// var statistics = register.StatisticsOn(gyeonggi, today);
    /// File.WriteAllText("by-kind.csv", StatisticsSheet.ToCsv(statistics.Counted.ByKind, LanguageTag.Parse("ko")));
    /// </code>
    /// </example>
    public static string ToCsv(StatisticsTable table, LanguageTag language)
    {
        var rows = Rows(table, language);
        // Sep ends a row with the writer's line break: RFC 4180's is CRLF on every platform.
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        // Sep writes the header from the first row's columns; a table always has a row, its unassigned ties.
        var header = Header;
        using (var sheet = Sep.New(',').Writer(options => options with { Escape = true }).To(text))
        {
            foreach (var cells in rows)
            {
                using var row = sheet.NewRow();
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]].Set(cells[i]);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The table's rows below the header, as cells in the order of the header; a default language is refused by the core's labels.</summary>
    internal static List<string[]> Rows(StatisticsTable table, LanguageTag language)
    {
        Guard.Against.Null(table);
        var grouping = table.Grouping.ToString();
        return [
            .. table.Rows.Select(row => new[] { grouping, row.Key, table.LabelOf(row.Key, language), Count(row.Count) }),
            [grouping, string.Empty, StatisticsTable.LabelOfUnassigned(language), Count(table.Unassigned)],
        ];
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
