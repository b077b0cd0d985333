using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// What a search field suggests as an editor types: the region (or tie) whose key is the text, then those whose key
/// starts with it, then those with a name in any language (or a title) that starts with it, then those whose name or
/// key holds it anywhere; case, accents, full- or half-width forms and kana type aside. Within each rank, by the text
/// shown; <see cref="DefaultCount"/> unless asked, at most <see cref="MaxCount"/>.
/// </summary>
/// <remarks>
/// A suggestion only helps the editor type a key; what a form sends is still a key, which the register resolves
/// exactly. The looser match here never decides which region a write names.
/// </remarks>
internal static class Suggestions
{
    /// <summary>How many suggestions an answer holds unless asked for fewer.</summary>
    public const int DefaultCount = 10;

    /// <summary>The most suggestions one answer holds.</summary>
    public const int MaxCount = 25;

    private const CompareOptions Loosely =
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType;

    private const int NoMatch = 4;

    private static readonly CompareInfo Invariant = CultureInfo.InvariantCulture.CompareInfo;

    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public static IReadOnlyList<Choice> Regions(RegionDirectory directory, string? text, string? count, Texts texts)
    {
        var (query, most) = Read(text, count);
        return Best(
            directory.Regions,
            most,
            region => Rank(region.Id.Value, region.Names.All.Select(name => name.Text), query),
            region => RegionChoice(region, texts));
    }

    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public static IReadOnlyList<Choice> Ties(IReadOnlyList<Agreement> agreements, string? text, string? count)
    {
        var (query, most) = Read(text, count);
        return Best(agreements, most, tie => Rank(tie.Id.Value, tie.Title is { } title ? [title] : [], query), TieChoice);
    }

    /// <summary>A region as a chooser shows it: its key, and its name in the reader's language with the key.</summary>
    public static Choice RegionChoice(Region region, Texts texts)
    {
        var view = RegionView.Of(region, texts);
        return new(view.Id, $"{view.Name} ({view.Id})");
    }

    /// <summary>A tie as a chooser shows it: its id, and its title (its id when it has none).</summary>
    public static Choice TieChoice(Agreement tie) => new(tie.Id.Value, TieRef.Of(tie).Label);

    private static (string Query, int Count) Read(string? text, string? count)
    {
        var query = Limits.Line(text, Limits.TitleLength, "q")?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            throw new BadInputException("q", "Give the start of a key or a name to search for.");
        }

        if (string.IsNullOrWhiteSpace(count))
        {
            return (query, DefaultCount);
        }

        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var most) && most is >= 1 and <= MaxCount
            ? (query, most)
            : throw new BadInputException("count", $"Ask for 1 to {MaxCount} suggestions, not '{count}'.");
    }

    private static IReadOnlyList<Choice> Best<T>(IEnumerable<T> items, int count, Func<T, int> rank, Func<T, Choice> choice) =>
        [.. items
            .Select(item => (Rank: rank(item), Item: item))
            .Where(ranked => ranked.Rank < NoMatch)
            .Select(ranked => (ranked.Rank, Choice: choice(ranked.Item)))
            .OrderBy(ranked => ranked.Rank)
            .ThenBy(ranked => ranked.Choice.Text, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(ranked => ranked.Choice.Value, StringComparer.Ordinal)
            .Take(count)
            .Select(ranked => ranked.Choice)];

    private static int Rank(string key, IEnumerable<string> names, string query)
    {
        if (key.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return key.Length == query.Length ? 0 : 1;
        }

        var rank = NoMatch;
        foreach (var name in names)
        {
            if (Invariant.IsPrefix(name, query, Loosely))
            {
                return 2;
            }

            if (rank > 3 && Invariant.IndexOf(name, query, Loosely) >= 0)
            {
                rank = 3;
            }
        }

        return rank > 3 && key.Contains(query, StringComparison.OrdinalIgnoreCase) ? 3 : rank;
    }
}
