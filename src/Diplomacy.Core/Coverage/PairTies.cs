using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Coverage;

/// <summary>The ties of one pair of regions as the register's pair index holds them (none, one agreement, or a list), read by index without an allocation.</summary>
internal readonly struct PairTies(object? held)
{
    /// <summary>How many ties the pair has.</summary>
    public int Count => held switch
    {
        null => 0,
        List<Agreement> list => list.Count,
        _ => 1,
    };

    /// <summary>The pair's tie at an index below <see cref="Count"/>, in the order they were added.</summary>
    public Agreement this[int index] => held as List<Agreement> is { } list ? list[index] : (Agreement)held!;

    /// <summary>The pair's ties as a list, in the order they were added: the index's own list, or one made for a single tie.</summary>
    public IReadOnlyList<Agreement> AsList() => held switch
    {
        null => [],
        List<Agreement> list => list,
        _ => [(Agreement)held],
    };
}
