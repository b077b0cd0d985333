using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// A register as an Excel workbook (<c>.xlsx</c>): the register sheet of <see cref="RegisterSheet"/>, with the same
/// columns, rules, options and report, kept in a sheet of a workbook instead of CSV text.
/// </summary>
/// <remarks>
/// <para><b>One pipeline.</b> A workbook's sheet is read into the rows of cells the CSV reader gives, which then go
/// through the register sheet's import unchanged: places, kinds, dates, duplicates, refusals and the report are
/// <see cref="RegisterSheet"/>'s. A refused row's line is its row number in the sheet.</para>
/// <para><b>Cells.</b> Text is read as written (shared strings, inline strings, a formula's text result; the phonetic
/// guides Japanese Excel keeps beside a name are not part of it), a number as its stored digits (a year typed as
/// <c>1993</c> is the year 1993), a truth value as <c>TRUE</c> or <c>FALSE</c>. A number whose cell format shows a date
/// (the built-in date formats, those Korean, Japanese and Chinese Excel write, and any custom format with a day, a year
/// or an era) is its day in the workbook's date system (1900, with Excel's false 29 February 1900 refused, or 1904),
/// its time of day dropped: <c>1967-06-27</c>. Empty cells Excel does not store read as empty; a blank row is skipped.</para>
/// <para><b>The sheet</b> is the one <see cref="SheetImportOptions.SheetName"/> names (ignoring case, as Excel does),
/// or the workbook's first worksheet.</para>
/// <para><b>Refused whole</b>, with a <see cref="WorkbookRefusedException"/> saying why and where, before any row
/// lands: bytes that are not an <c>.xlsx</c> workbook, a sheet name the workbook lacks, and a workbook past one of
/// <see cref="SheetImportOptions.WorkbookLimits"/> (its size unpacked, its rows, a row's cells, a cell's length).</para>
/// </remarks>
public static class RegisterWorkbook
{
    /// <summary>Imports a register sheet from a workbook's first worksheet, with the default options.</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="stream">The workbook; read to the end and left open.</param>
    /// <returns>The report, as <see cref="RegisterSheet.Import(Register, TextReader, SheetImportOptions?)"/> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="WorkbookRefusedException">The bytes are not a workbook, or pass a limit; nothing was added.</exception>
    /// <exception cref="FormatException">The header names no home or no partner column; nothing was added.</exception>
    public static ImportReport Import(Register register, Stream stream) => Import(register, stream, null);

    /// <summary>Imports a register sheet from a sheet of an Excel workbook: a header row, then one tie a row.</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="stream">The workbook's bytes; read to the end and left open. They are held in memory while the import runs.</param>
    /// <param name="options">
    /// The options of a register sheet, and <see cref="SheetImportOptions.SheetName"/> and
    /// <see cref="SheetImportOptions.WorkbookLimits"/>; the text options (<see cref="SheetImportOptions.Separator"/>,
    /// <see cref="SheetImportOptions.LegacyEncoding"/>) do not apply to a workbook. <see langword="null"/> for the defaults.
    /// </param>
    /// <returns>The report: rows read, regions created and matched, ties created, duplicates merged, self-ties, rows refused (by row number).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="WorkbookRefusedException">
    /// The bytes are not an Excel workbook, the workbook has no sheet of the name given, or it passes one of the
    /// options' <see cref="WorkbookLimits"/>: <see cref="WorkbookRefusedException.Reason"/> says which, and where. Nothing was added.
    /// </exception>
    /// <exception cref="FormatException">The header names no home or no partner column (the message lists the header's columns); nothing was added.</exception>
    /// <example>
    /// <code>
    /// using var file = File.OpenRead("register.xlsx");
    /// var report = RegisterWorkbook.Import(register, file, new SheetImportOptions { SheetName = "자매결연" });
    /// Console.WriteLine(report);
    /// </code>
    /// </example>
    public static ImportReport Import(Register register, Stream stream, SheetImportOptions? options)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(stream);
        options ??= SheetImportOptions.Default;
        var rows = WorkbookReader.Rows(stream, options.SheetName, options.WorkbookLimits);
        return RegisterSheet.ImportRows(register, rows, options);
    }

    /// <summary>
    /// Writes a register's ties as a workbook of one sheet, <c>Register</c>, in the shape of
    /// <see cref="RegisterSheet.Export(Register, TextWriter, char)"/>: the same header, rows, keys and ties left out.
    /// </summary>
    /// <remarks>
    /// A signing date known to the day (from 1900 on) is stored as an Excel date shown <c>yyyy-mm-dd</c>, so that a
    /// spreadsheet sorts and filters it as a date; a date known only in part (<c>1993-10</c>, <c>..2025-09-22</c>) is
    /// text as written. <see cref="Import(Register, Stream, SheetImportOptions?)"/> of the workbook into a register
    /// gives the same ties.
    /// </remarks>
    /// <param name="register">The register.</param>
    /// <param name="stream">Where to write the workbook; it is flushed and left open.</param>
    /// <returns>How many rows were written, and which agreements were left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// using var file = File.Create("register.xlsx");
    /// var export = RegisterWorkbook.Export(register, file);
    /// </code>
    /// </example>
    public static SheetExport Export(Register register, Stream stream)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(stream);
        var leftOut = new List<Agreement>();
        var written = 0;
        WorkbookWriter.Write(stream, [("Register", Rows())]);
        return new SheetExport(written, leftOut);

        IEnumerable<WorkbookCell[]> Rows()
        {
            yield return [.. RegisterSheet.ExportHeader.Select(WorkbookCell.Of)];
            var date = Array.IndexOf(RegisterSheet.ExportHeader, new SheetColumns().Date);
            foreach (var (cells, signedOn) in RegisterSheet.ExportRows(register, leftOut))
            {
                var row = cells.Select(WorkbookCell.Of).ToArray();
                if (signedOn.Exact is { } day)
                {
                    row[date] = WorkbookCell.Of(day);
                }

                written++;
                yield return row;
            }
        }
    }
}
