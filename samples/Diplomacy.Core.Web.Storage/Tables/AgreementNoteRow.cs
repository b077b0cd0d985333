namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_notes</c>: a note of the register, in the order added.</summary>
internal sealed class AgreementNoteRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }
}
