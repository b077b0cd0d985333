namespace Diplomacy.Core.Sheets;

/// <summary>A row an importer refused, and why. A refused row added nothing.</summary>
/// <param name="Line">The row's line number in the text, counting from 1 (the line it starts on, for a row with quoted line breaks).</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Message">What was wrong, for a person: the cell's text and what was expected.</param>
/// <param name="Rule">The core's rule that broke, when <paramref name="Reason"/> is <see cref="RowRefusalReason.BrokenRule"/>; otherwise <see langword="null"/>.</param>
public sealed record RefusedRow(int Line, RowRefusalReason Reason, string Message, DomainRule? Rule = null)
{
    /// <summary>The line and the message, as <c>line 7: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line}: {Message}";
}
