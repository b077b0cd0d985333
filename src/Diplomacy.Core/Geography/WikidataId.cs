using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// A Wikidata item id, such as <c>Q8686</c> (Shanghai) or <c>Q20937</c> (Gyeonggi-do).
/// </summary>
/// <remarks>
/// Parsing accepts <c>Q</c> or <c>q</c> followed by a positive number without leading zeros. Equality is
/// on the number. <c>default(WikidataId)</c> is not an id: its <see cref="Number"/> is 0.
/// </remarks>
public readonly record struct WikidataId
{
    private WikidataId(long number) => Number = number;

    /// <summary>The number after the <c>Q</c>; 0 for <c>default</c>.</summary>
    public long Number { get; }

    /// <summary>Parses a Wikidata item id.</summary>
    /// <param name="id">The id, for example <c>"Q8686"</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not Q and a positive number.</exception>
    public static WikidataId Parse(string id) =>
        Guard.Against.Malformed<WikidataId>(id, TryParse, "a Wikidata item id (Q and a positive number, like Q8686)");

    /// <summary>Tries to parse a Wikidata item id.</summary>
    /// <param name="id">The text to parse.</param>
    /// <param name="result">The id when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether <paramref name="id"/> is Q and a positive number without leading zeros.</returns>
    public static bool TryParse([NotNullWhen(true)] string? id, out WikidataId result)
    {
        result = default;
        if (id is null || id.Length is < 2 or > 19 || (id[0] != 'Q' && id[0] != 'q') || id[1] == '0')
        {
            return false;
        }

        var digits = id.AsSpan(1);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        result = new WikidataId(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The id, for example <c>Q8686</c>.</summary>
    /// <returns><c>Q</c> and the number; empty for <c>default</c>.</returns>
    public override string ToString() => Number == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"Q{Number}");
}
