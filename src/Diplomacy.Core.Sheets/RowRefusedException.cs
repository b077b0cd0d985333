namespace Diplomacy.Core.Sheets;

/// <summary>Carries a row's refusal from where it was found to the importer's loop, which records it and goes on.</summary>
internal sealed class RowRefusedException(RowRefusalReason reason, string message, DomainRule? rule = null) : Exception(message)
{
    public RowRefusalReason Reason { get; } = reason;

    public DomainRule? Rule { get; } = rule;
}
