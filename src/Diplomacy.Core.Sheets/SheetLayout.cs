namespace Diplomacy.Core.Sheets;

/// <summary>Where each mapped column of a register sheet is, found by its header name; -1 for a column the sheet lacks.</summary>
internal sealed record SheetLayout(int Home, int HomeCountry, int Partner, int PartnerCountry, int Kind, int Date, int Fields, int Notes, int Id)
{
    public static SheetLayout Of(string[] header, int line, SheetColumns columns, bool homeGiven)
    {
        var home = IndexOf(columns.Home, SheetColumnPresets.Home);
        var partner = IndexOf(columns.Partner, SheetColumnPresets.Partner);
        if ((home < 0 && !homeGiven) || partner < 0)
        {
            throw new FormatException(
                $"The sheet's header (line {line}) has no '{(home < 0 ? columns.Home : columns.Partner)}' column; its columns are: {string.Join(", ", header.Select(name => $"'{name}'"))}. Name the columns in SheetImportOptions.Columns{(home < 0 ? ", or give the home of every row in SheetImportOptions.Home" : string.Empty)}.");
        }

        return new SheetLayout(
            home,
            IndexOf(columns.HomeCountry, []),
            partner,
            IndexOf(columns.PartnerCountry, SheetColumnPresets.PartnerCountry),
            IndexOf(columns.Kind, SheetColumnPresets.Kind),
            IndexOf(columns.Date, SheetColumnPresets.Date),
            IndexOf(columns.Fields, SheetColumnPresets.Fields),
            IndexOf(columns.Notes, SheetColumnPresets.Notes),
            IndexOf(columns.Id, []));

        // The name the options give wins; a public register's header stands in only when the sheet lacks that name.
        int IndexOf(string name, string[] presets)
        {
            var named = Array.FindIndex(header, cell => string.Equals(cell, name.Trim(), StringComparison.OrdinalIgnoreCase));
            return named >= 0 ? named : Array.FindIndex(header, cell => presets.Contains(cell, StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>The cell of a column, or empty when the sheet lacks the column.</summary>
    public static string Cell(string[] cells, int column) => column < 0 ? string.Empty : cells[column];
}
