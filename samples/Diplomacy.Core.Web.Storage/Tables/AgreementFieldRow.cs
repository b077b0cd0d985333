namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>A row of <c>agreement_fields</c>: a field of cooperation, in the order added.</summary>
internal sealed class AgreementFieldRow
{
    public required string AgreementId { get; set; }

    public int Position { get; set; }

    public required string Field { get; set; }
}
