using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Sheets;

/// <summary>What <see cref="RegisterSheet.Export"/> wrote, and what the sheet shape could not hold.</summary>
/// <param name="RowsWritten">The ties written, one row each (the header not counted).</param>
/// <param name="LeftOut">The agreements left out: ties of three or more parties, and agreements not yet signed.</param>
public sealed record SheetExport(int RowsWritten, IReadOnlyList<Agreement> LeftOut);
