namespace Diplomacy.Core;

/// <summary>
/// When a batch is filed on two threads: a register's agreements (<see cref="Portfolio.Register.AddRange"/>) and a
/// directory's regions (<see cref="Geography.RegionDirectory.AddRange"/>) are filed in two sets of indexes that share
/// nothing, so a large batch fills one set on each thread, each in the batch's order, and ends as one thread would
/// leave it.
/// </summary>
internal static class LargeBatch
{
    /// <summary>The size from which a batch is filed on two threads: below it, starting the second costs more than it saves.</summary>
    public const int MinimumSize = 4_096;
}
