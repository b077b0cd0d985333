namespace Diplomacy.Core.Sheets;

/// <summary>
/// In which order a sheet writes the day and the month of an all-numeric date with the year last (<c>03.04.2019</c>,
/// <c>04/03/2019</c>). Such a date is read only in the order the caller names: the value alone cannot tell
/// 3 April from 4 March.
/// </summary>
/// <remarks>The default, <see cref="Unnamed"/>, refuses such dates. The numeric values are not part of the contract.</remarks>
public enum NumericDateOrder
{
    /// <summary>No order is named: a date with the year last is refused, with a message that says to name the order.</summary>
    Unnamed,

    /// <summary>Day, month, year (<c>03.04.2019</c> is 3 April 2019), as most of Europe writes.</summary>
    DayMonthYear,

    /// <summary>Month, day, year (<c>04/03/2019</c> is 3 April 2019), as the United States writes.</summary>
    MonthDayYear,
}
