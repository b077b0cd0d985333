using nietras.SeparatedValues;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The rows of a CSV or TSV text as cells, with the line each starts on: quotes removed (a quoted cell may hold the
/// separator, a doubled quote and line breaks), white space around cells trimmed, and blank rows skipped. The separator is the one given or, when none is, Sep's guess from the first row.
/// </summary>
internal static class SheetText
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(TextReader reader, char? separator)
    {
        // Rows of any width are read: the importer refuses a row of the wrong width with its line, instead of Sep
        // stopping the whole text at it.
        var spec = separator is { } given ? Sep.New(given).Reader(Configure) : Sep.Reader(Configure);
        using var sep = spec.From(SheetCells.WithoutByteOrderMark(reader));
        var first = true;
        foreach (var row in sep)
        {
            // Sep reads the first row to find the separator and reports it at the line after; every text starts at line 1.
            var line = first ? 1 : row.LineNumberFrom;
            first = false;
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                // Sep trims spaces only; a cell of other white space (a tab, a vertical tab, a no-break space) is empty too,
                // or the core would refuse it as a note or a key with an ArgumentException the row cannot report.
                cells[i] = row[i].Span.Trim().ToString();
            }

            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return (line, cells);
        }
    }

    /// <summary>The rows an enumerator has not given yet, after a header read from it.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Rest(IEnumerator<(int Line, string[] Cells)> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    private static SepReaderOptions Configure(SepReaderOptions options) =>
        options with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true };
}
