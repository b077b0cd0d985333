using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The date column of one import, each text read once: a list writes the same few dates again and again, and a date
/// in a local form is read only after the core's ISO forms have refused it.
/// </summary>
internal sealed class DateColumn(NumericDateOrder order, string column)
{
    private readonly Dictionary<string, PartialDate> _read = new(StringComparer.Ordinal);

    /// <summary>The date a cell writes (see <see cref="SheetCells.Date"/>); a refusal is not kept, and is given again.</summary>
    public PartialDate Read(string text)
    {
        if (!_read.TryGetValue(text, out var date))
        {
            date = SheetCells.Date(text, order, column);
            _read.Add(text, date);
        }

        return date;
    }
}
