using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Fuzzing;

/// <summary>The targets for Diplomacy.Core.Sheets' readers: the two importers, their written dates and their bytes.</summary>
internal static class SheetParsers
{
    /// <summary>
    /// <see cref="RegisterSheet.Import(Register, TextReader, SheetImportOptions?)"/> into an empty register, the separator
    /// detected (CSV, TSV, semicolons, bars): documented refusal <see cref="FormatException"/> (a header with no home or
    /// partner column), after which the register is still empty. A bad row is a refusal in the report, never an
    /// exception; every row read is a tie created, a duplicate, a self-tie or a refusal.
    /// </summary>
    public static void RegisterSheetText(string text) =>
        ImportedOrRefused(register => RegisterSheet.Import(register, new StringReader(text), SheetImportOptions.Default), text);

    /// <summary>
    /// <see cref="PairList.Import(Register, TextReader, PairListOptions?)"/> into an empty register, the separator
    /// detected: no documented refusal (a bad row is a refusal in the report), so any exception is a crash.
    /// </summary>
    public static void PairListText(string text)
    {
        var register = Register.Open();
        Accounted(PairList.Import(register, new StringReader(text), PairListOptions.Default), register, text);
    }

    /// <summary>
    /// A signing date cell in any written form (<c>2019. 11. 27.</c>, <c>平成9年4月1日</c>, <c>1990s</c>, <c>03.04.2019</c> day
    /// first), through <see cref="RegisterSheet.Import(Register, TextReader, SheetImportOptions?)"/> of a one-row sheet
    /// between two catalog regions: no documented exception (an unreadable date is a refusal in the report); a date
    /// read has its earliest day on or before its latest, and the row is once a tie or a refusal.
    /// </summary>
    public static void WrittenDate(string text)
    {
        var cell = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('"', ' ');
        var register = Register.Open();
        var report = RegisterSheet.Import(
            register, new StringReader($"home\tpartner\tdate\nKR-41\tCN-SH\t{cell}\n"), DateOptions);
        Accounted(report, register, text);
        if (report.TiesCreated is [var tie] && tie.SignedOn is { Earliest: { } earliest, Latest: { } latest })
        {
            Expect.That(earliest <= latest, "a date read has its earliest day on or before its latest", text);
        }
    }

    /// <summary>
    /// <see cref="RegisterSheet.Import(Register, Stream, SheetImportOptions?)"/> of raw bytes into an empty register, CP949
    /// named for bytes that are not UTF-8: documented refusal <see cref="FormatException"/> (bytes no encoding decodes, or
    /// no home or partner column), after which the register is empty; otherwise as for <c>register-sheet</c>.
    /// </summary>
    public static void RegisterSheetBytes(Stream input) =>
        ImportedOrRefused(register => RegisterSheet.Import(register, input, BytesOptions), "(bytes)");

    /// <summary>
    /// <see cref="RegisterWorkbook.Import(Register, Stream, SheetImportOptions?)"/> of raw bytes into an empty register,
    /// within small limits (so that a mutated size cannot stall a run): documented refusal <see cref="FormatException"/>
    /// (<see cref="WorkbookRefusedException"/>: not a workbook, past a limit; or no home or partner column), after which
    /// the register is empty; otherwise as for <c>register-sheet</c>.
    /// </summary>
    public static void RegisterWorkbookBytes(Stream input) =>
        ImportedOrRefused(register => RegisterWorkbook.Import(register, input, WorkbookOptions), "(workbook)");

    private static readonly SheetImportOptions WorkbookOptions = new()
    {
        WorkbookLimits = new WorkbookLimits { MaxUnpackedBytes = 4 * 1024 * 1024, MaxRows = 10_000, MaxCellsPerRow = 64, MaxCellLength = 4_096 },
    };

    private static readonly SheetImportOptions DateOptions = new() { Separator = '\t', NumericDateOrder = NumericDateOrder.DayMonthYear };

    private static readonly SheetImportOptions BytesOptions = new() { LegacyEncoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(949) };

    /// <summary>An import into an empty register, whose one documented refusal, <see cref="FormatException"/>, must leave the register empty.</summary>
    private static void ImportedOrRefused(Func<Register, ImportReport> import, string input)
    {
        var register = Register.Open();
        ImportReport report;
        try
        {
            report = import(register);
        }
        catch (FormatException)
        {
            Expect.That(register.Directory.Count == 0 && register.Agreements.Count == 0, "a refused sheet adds nothing", input);
            return;
        }

        Accounted(report, register, input);
    }

    private static void Accounted(ImportReport report, Register register, string text)
    {
        Expect.That(report.RowsRead == report.TiesCreated.Count + report.Duplicates.Count + report.SelfTies.Count + report.Refused.Count, "every row read is accounted for once in the report", text);
        Expect.That(register.Agreements.Count == report.TiesCreated.Count, "the register holds the ties the report says it created", text);
    }
}
