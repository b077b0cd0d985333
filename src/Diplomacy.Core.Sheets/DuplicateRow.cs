using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// A row that repeats a tie already held (by the register, or created by an earlier row): the same two regions and
/// the same kind, in either order. It was merged into that tie: it added nothing, and the first row's date, fields
/// and notes stand.
/// </summary>
/// <param name="Line">The row's line number, counting from 1.</param>
/// <param name="Tie">The id of the agreement it repeats.</param>
/// <param name="OtherDirection">Whether the row names the two regions in the other order (B, A after A, B): the usual
/// repeat of a directed list such as Wikidata's, where each side states its twin.</param>
public sealed record DuplicateRow(int Line, AgreementId Tie, bool OtherDirection);
