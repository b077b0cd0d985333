namespace Diplomacy.Core.Sheets;

/// <summary>Why a workbook was refused whole (<see cref="WorkbookRefusedException.Reason"/>).</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum WorkbookRefusal
{
    /// <summary>The bytes are not an Excel workbook (<c>.xlsx</c>): not a zip file, a zip file of something else, or a workbook whose parts are broken.</summary>
    NotAWorkbook,

    /// <summary>The workbook has no sheet of the name the options give.</summary>
    SheetNotFound,

    /// <summary>The parts unpacked hold more bytes than <see cref="WorkbookLimits.MaxUnpackedBytes"/>.</summary>
    UnpackedSizeLimit,

    /// <summary>The sheet holds more rows than <see cref="WorkbookLimits.MaxRows"/>.</summary>
    RowLimit,

    /// <summary>A row spans more cells than <see cref="WorkbookLimits.MaxCellsPerRow"/>.</summary>
    CellsPerRowLimit,

    /// <summary>A cell holds more characters than <see cref="WorkbookLimits.MaxCellLength"/>.</summary>
    CellLengthLimit,
}
