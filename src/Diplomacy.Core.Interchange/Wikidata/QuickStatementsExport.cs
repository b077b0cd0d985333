namespace Diplomacy.Core.Interchange.Wikidata;

/// <summary>What <see cref="QuickStatements.Export"/> wrote: how many ties and commands, and the ties it left out with their reasons.</summary>
/// <param name="TiesWritten">The ties written, each as two commands (one on each item).</param>
/// <param name="LeftOut">The register's other ties, in the register's order, each with the reason it was left out.</param>
public sealed record QuickStatementsExport(int TiesWritten, IReadOnlyList<TieLeftOut> LeftOut)
{
    /// <summary>The commands written: two a tie.</summary>
    public int CommandsWritten => TiesWritten * 2;
}
