using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Sheets;

/// <summary>How the cells of a row are read into the core's values, for every importer.</summary>
internal static class SheetCells
{
    private static readonly char[] FieldSeparators = [';', ','];

    public static AgreementKind Kind(string text, AgreementKind empty) =>
        text.Length == 0
            ? empty
            : AgreementKindNames.Find(text)
                ?? throw new RowRefusedException(
                    RowRefusalReason.UnknownKind,
                    $"The kind '{text}' is none the importer knows (sister city, twinning, friendship, MOU, letter of intent, sector agreement, 자매결연, 友好城市, …).");

    public static PartialDate Date(string text, NumericDateOrder order, string column)
    {
        if (text.Length == 0)
        {
            return PartialDate.Unknown;
        }

        string why;
        try
        {
            if (WrittenDates.Read(text, order) is { } date)
            {
                return date;
            }

            why = "is not a date as registers write them";
        }
        catch (FormatException wrong)
        {
            why = $"cannot be read ({wrong.Message})";
        }

        throw new RowRefusedException(RowRefusalReason.MalformedDate, $"The date '{text}' in column '{column}' {why}; the forms read are {WrittenDates.Forms}.");
    }

    public static IEnumerable<CooperationField> Fields(string text) =>
        text.Split(FieldSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CooperationField.Of);

    /// <summary>A reader that has left a byte order mark before the first cell (a string read as is) skips it.</summary>
    public static TextReader WithoutByteOrderMark(TextReader reader)
    {
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        return reader;
    }
}
