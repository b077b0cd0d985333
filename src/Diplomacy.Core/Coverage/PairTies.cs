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

    /// <summary>The pair's tie at an index, in the order they were added.</summary>
    public Agreement this[int index] => held as List<Agreement> is { } list ? list[index] : index == 0 ? (Agreement)held! : throw new ArgumentOutOfRangeException(nameof(index));
}
