namespace Diplomacy.Core.Sheets;

/// <summary>
/// A workbook refused whole, before any of its rows landed: it is not an Excel workbook, it lacks the sheet named, or it
/// passes one of the <see cref="WorkbookLimits"/>. <see cref="Reason"/> says which; <see cref="Sheet"/> and
/// <see cref="Row"/> say where, when that is known.
/// </summary>
/// <remarks>A <see cref="FormatException"/>, like every refusal of a whole sheet by this package.</remarks>
public sealed class WorkbookRefusedException : FormatException
{
    /// <summary>A refusal with no reason given: <see cref="WorkbookRefusal.NotAWorkbook"/>.</summary>
    public WorkbookRefusedException()
        : this(WorkbookRefusal.NotAWorkbook, "The workbook was refused.")
    {
    }

    /// <summary>A refusal with a message: <see cref="WorkbookRefusal.NotAWorkbook"/>.</summary>
    /// <param name="message">What was wrong.</param>
    public WorkbookRefusedException(string message)
        : this(WorkbookRefusal.NotAWorkbook, message)
    {
    }

    /// <summary>A refusal with a message and its cause: <see cref="WorkbookRefusal.NotAWorkbook"/>.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">What the reading threw.</param>
    public WorkbookRefusedException(string message, Exception? innerException)
        : this(WorkbookRefusal.NotAWorkbook, message, innerException: innerException)
    {
    }

    internal WorkbookRefusedException(WorkbookRefusal reason, string message, string? sheet = null, int? row = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        Sheet = sheet;
        Row = row;
    }

    /// <summary>Why the workbook was refused.</summary>
    public WorkbookRefusal Reason { get; }

    /// <summary>The name of the sheet where the refusal arose, or <see langword="null"/> when it arose before a sheet was read.</summary>
    public string? Sheet { get; }

    /// <summary>The sheet's row number (1 for the first row, as Excel numbers them), or <see langword="null"/> when the refusal is not about a row.</summary>
    public int? Row { get; }
}
