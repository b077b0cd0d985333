using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// What an import did: the rows it read, the regions it created and matched, the ties it created, the rows it merged
/// into a tie already held, the self-ties it skipped and the rows it refused, each with its line.
/// </summary>
/// <remarks>
/// A refused row, a duplicate and a self-tie never stop an import: the other rows land. In all-or-nothing mode
/// (<see cref="SheetImportOptions.AllOrNothing"/>) a single refused row keeps every row out; <see cref="Landed"/> is
/// then <see langword="false"/>, and <see cref="RegionsCreated"/> and <see cref="TiesCreated"/> are empty.
/// </remarks>
public sealed class ImportReport
{
    internal ImportReport(
        int rowsRead,
        bool landed,
        IReadOnlyList<Region> regionsCreated,
        IReadOnlyList<Region> regionsMatched,
        IReadOnlyList<Region> placesWithAssumedZone,
        IReadOnlyList<Agreement> tiesCreated,
        IReadOnlyList<DuplicateRow> duplicates,
        IReadOnlyList<SelfTieRow> selfTies,
        IReadOnlyList<RefusedRow> refused)
    {
        RowsRead = rowsRead;
        Landed = landed;
        RegionsCreated = regionsCreated;
        RegionsMatched = regionsMatched;
        PlacesWithAssumedZone = placesWithAssumedZone;
        TiesCreated = tiesCreated;
        Duplicates = duplicates;
        SelfTies = selfTies;
        Refused = refused;
    }

    /// <summary>How many rows were read: every row with a cell that is not blank, not counting a header.</summary>
    public int RowsRead { get; }

    /// <summary>Whether what the rows describe was added to the register: always, unless all-or-nothing mode met a refused row.</summary>
    public bool Landed { get; }

    /// <summary>The regions added to the register's directory, parents before their children: countries and subdivisions from the catalog, and places created under their country.</summary>
    public IReadOnlyList<Region> RegionsCreated { get; }

    /// <summary>The regions the directory already held that rows named, each once, in the order first named.</summary>
    public IReadOnlyList<Region> RegionsMatched { get; }

    /// <summary>
    /// The places created under a country that spans several time zones: each took its country's zone (the capital's),
    /// which may not be its own. Give such a place its zone by adding it to the directory before the import.
    /// </summary>
    public IReadOnlyList<Region> PlacesWithAssumedZone { get; }

    /// <summary>The agreements added to the register, one per tie, in the order of their rows.</summary>
    public IReadOnlyList<Agreement> TiesCreated { get; }

    /// <summary>The rows that repeated a tie already held, in either direction, and were merged into it.</summary>
    public IReadOnlyList<DuplicateRow> Duplicates { get; }

    /// <summary>The rows whose two sides are one region.</summary>
    public IReadOnlyList<SelfTieRow> SelfTies { get; }

    /// <summary>
    /// The names several places of a country bear, each once, with the place the gazetteer chose for them and why
    /// (<see cref="SheetImportOptions.Places"/>); empty without a gazetteer.
    /// </summary>
    public IReadOnlyList<SharedName> SharedNames { get; internal init; } = [];

    /// <summary>The rows refused, with their line and the reason.</summary>
    public IReadOnlyList<RefusedRow> Refused { get; }

    /// <summary>A one-line summary, as <c>12 rows read: 9 ties created, 1 duplicate merged, 1 self-tie, 1 refused; 6 regions created, 4 matched</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{RowsRead} rows read: {TiesCreated.Count} ties created, {Duplicates.Count} duplicates merged, {SelfTies.Count} self-ties, {Refused.Count} refused; {RegionsCreated.Count} regions created, {RegionsMatched.Count} matched{(Landed ? string.Empty : "; nothing landed")}");
}
