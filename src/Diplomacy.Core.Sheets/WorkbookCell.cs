using NodaTime;

namespace Diplomacy.Core.Sheets;

/// <summary>A cell an exported workbook holds: text, a number, or a day stored as an Excel date; an empty text is no cell.</summary>
internal readonly record struct WorkbookCell(string? Text, double? Number, LocalDate? Day)
{
    public static WorkbookCell Of(string text) => new(text, null, null);

    public static WorkbookCell Of(double number) => new(null, number, null);

    /// <summary>A day as a date cell, or as its ISO text when Excel cannot show it as a date (before 1900).</summary>
    public static WorkbookCell Of(LocalDate day) => ExcelDates.ToSerial(day) is { } serial ? new(null, serial, day) : Of(NodaTime.Text.LocalDatePattern.Iso.Format(day));
}
