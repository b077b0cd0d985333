using System.Collections.Immutable;

namespace Diplomacy.Core;

/// <summary>The collections of the stored-facts types: copied when set, so that facts never change under a caller, and compared item by item.</summary>
internal static class FactLists
{
    /// <summary>An immutable copy of <paramref name="items"/>, refusing a null list or a null item by the member's name.</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items, string member)
    {
        ArgumentNullException.ThrowIfNull(items, member);
        var copy = items.ToImmutableArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(member, $"{member}[{i}] is null.");
            }
        }

        return copy;
    }

    /// <summary>Whether two fact lists hold equal items in the same order.</summary>
    public static bool Same<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) => first.SequenceEqual(second);
}
