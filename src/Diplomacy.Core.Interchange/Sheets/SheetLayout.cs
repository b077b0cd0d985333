namespace Diplomacy.Core.Interchange.Sheets;

/// <summary>Where each mapped column of a register sheet is, found by its header name; -1 for a column the sheet lacks.</summary>
internal sealed record SheetLayout(int Home, int HomeCountry, int Partner, int PartnerCountry, int Kind, int Date, int Fields, int Notes, int Id)
{
    public static SheetLayout Of(string[] header, int line, SheetColumns columns)
    {
        var home = IndexOf(columns.Home);
        var partner = IndexOf(columns.Partner);
        if (home < 0 || partner < 0)
        {
            throw new FormatException(
                $"The sheet's header (line {line}) has no '{(home < 0 ? columns.Home : columns.Partner)}' column; its columns are: {string.Join(", ", header.Select(name => $"'{name}'"))}. Name the columns in SheetImportOptions.Columns.");
        }

        return new SheetLayout(
            home,
            IndexOf(columns.HomeCountry),
            partner,
            IndexOf(columns.PartnerCountry),
            IndexOf(columns.Kind),
            IndexOf(columns.Date),
            IndexOf(columns.Fields),
            IndexOf(columns.Notes),
            IndexOf(columns.Id));

        int IndexOf(string name) => Array.FindIndex(header, cell => string.Equals(cell, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The cell of a column, or empty when the sheet lacks the column.</summary>
    public static string Cell(string[] cells, int column) => column < 0 ? string.Empty : cells[column];
}
