namespace Diplomacy.Core.Sheets;

/// <summary>
/// How much of a workbook <see cref="RegisterWorkbook.Import(Portfolio.Register, Stream, SheetImportOptions?)"/> reads before it refuses it: the defence against hostile
/// workbooks (a zip bomb, a sheet of millions of rows or columns, a cell of megabytes). A workbook over a limit is
/// refused whole with a <see cref="WorkbookRefusedException"/> that names the limit and where it was passed; nothing
/// of it lands.
/// </summary>
/// <remarks>
/// The defaults hold any register a registrar keeps (Excel's own maximum of rows and cell length, a few dozen columns)
/// while bounding the memory an import can take to a few times <see cref="MaxUnpackedBytes"/>. Equality is by value.
/// </remarks>
public sealed record WorkbookLimits
{
    /// <summary>The limits by default: 256 MiB unpacked, 1,048,576 rows, 1,024 cells a row, 32,767 characters a cell.</summary>
    public static WorkbookLimits Default { get; } = new();

    /// <summary>
    /// The most bytes the workbook's parts may hold once unpacked, all parts together, counted as they are inflated
    /// (the sizes a zip file declares are not trusted). Default 256 MiB.
    /// </summary>
    public long MaxUnpackedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most rows the sheet may hold, blank rows included. Default 1,048,576, the most an Excel sheet holds.</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>
    /// The most cells a row may span, from column A to its last cell (a cell in column XFD spans 16,384). Default 1,024:
    /// a register sheet has a dozen columns.
    /// </summary>
    public int MaxCellsPerRow { get; init; } = 1_024;

    /// <summary>The most characters a cell may hold. Default 32,767, the most Excel lets a cell hold.</summary>
    public int MaxCellLength { get; init; } = 32_767;
}
