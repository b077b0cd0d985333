namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>A write sent and not answered: when the app is killed, it may or may not have been committed.</summary>
internal sealed record PendingWrite(WriteKind Kind, PlannedTie Tie)
{
    public override string ToString() => $"{(Kind == WriteKind.Sign ? "the signing of" : "the termination of")} {Tie.Id}";
}
