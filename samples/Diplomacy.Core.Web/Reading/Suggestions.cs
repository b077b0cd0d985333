using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// What a search field suggests as an editor types: the region (or tie) whose key is the text, then those whose key
/// starts with it, then those with a name in any language (or a title) that starts with it, then those whose name or
/// key holds it anywhere; case, accents and full- or half-width forms aside. Within each rank, by the text shown
/// (ordinal, case aside); <see cref="DefaultCount"/> unless asked, at most <see cref="MaxCount"/>.
/// </summary>
/// <remarks>
/// A suggestion only helps the editor type a key; what a form sends is still a key, which the register resolves
/// exactly. The looser match here never decides which region a write names. Every question reads every region's
/// names, so each region's and tie's are folded once and kept beside it (a weak table: a region the register no longer
/// holds takes its folded names with it), and a question costs ordinal comparisons alone.
/// </remarks>
internal static class Suggestions
{
    /// <summary>How many suggestions an answer holds unless asked for fewer.</summary>
    public const int DefaultCount = 10;

    /// <summary>The most suggestions one answer holds.</summary>
    public const int MaxCount = 25;

    private const int NoMatch = 4;

    private static readonly ConditionalWeakTable<Region, string[]> RegionNamesFolded = new();
    private static readonly ConditionalWeakTable<Agreement, string[]> TieTitlesFolded = new();

    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public static IReadOnlyList<Choice> Regions(RegionDirectory directory, string? text, string? count, Texts texts)
    {
        var (query, most) = Read(text, count);
        return Best(
            directory.Regions,
            most,
            region => Rank(region.Id.Value, RegionNamesFolded.GetValue(region, static region => [.. region.Names.All.Select(name => Fold(name.Text))]), query),
            region => RegionChoice(region, texts));
    }

    /// <exception cref="BadInputException">The text is blank or too long, or the count is out of range.</exception>
    public static IReadOnlyList<Choice> Ties(IReadOnlyList<Agreement> agreements, string? text, string? count)
    {
        var (query, most) = Read(text, count);
        return Best(
            agreements,
            most,
            tie => Rank(tie.Id.Value, TieTitlesFolded.GetValue(tie, static tie => tie.Title is { } title ? [Fold(title)] : []), query),
            TieChoice);
    }

    /// <summary>A region as a chooser shows it: its key, and its name in the reader's language with the key.</summary>
    public static Choice RegionChoice(Region region, Texts texts)
    {
        var view = RegionView.Of(region, texts);
        return new(view.Id, $"{view.Name} ({view.Id})");
    }

    /// <summary>A tie as a chooser shows it: its id, and its title (its id when it has none).</summary>
    public static Choice TieChoice(Agreement tie) => new(tie.Id.Value, TieRef.Of(tie).Label);

    /// <summary>The text as suggestions compare it: compatibility forms unfolded (full-width letters), accents dropped, lower case.</summary>
    private static string Fold(string text)
    {
        // Normalization refuses a lone surrogate and the noncharacters U+FFFE and U+FFFF: a text holding a surrogate (a
        // lone one, or a pair, which few names use) or either noncharacter is compared as written, case aside.
        var decomposed = text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || text.AsSpan().ContainsAny('\uFFFE', '\uFFFF')
            ? text
            : text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString();
    }

    private static (Query Query, int Count) Read(string? text, string? count)
    {
        var query = Limits.Line(text, Limits.TitleLength, "q")?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            throw new BadInputException("q", "Give the start of a key or a name to search for.");
        }

        var typed = new Query(query, Fold(query));
        if (string.IsNullOrWhiteSpace(count))
        {
            return (typed, DefaultCount);
        }

        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var most) && most is >= 1 and <= MaxCount
            ? (typed, most)
            : throw new BadInputException("count", $"Ask for 1 to {MaxCount} suggestions, not '{count}'.");
    }

    /// <summary>
    /// The best <paramref name="count"/> by rank, then by the text shown (ordinal, case aside): only the ranks that
    /// reach into the answer are shown and sorted, since a short text such as <c>a</c> matches most of a register.
    /// </summary>
    private static List<Choice> Best<T>(IEnumerable<T> items, int count, Func<T, int> rank, Func<T, Choice> choice)
    {
        var ranks = new List<T>[NoMatch];
        for (var index = 0; index < NoMatch; index++)
        {
            ranks[index] = [];
        }

        foreach (var item in items)
        {
            if (rank(item) is var found and < NoMatch)
            {
                ranks[found].Add(item);
            }
        }

        var best = new List<Choice>(count);
        foreach (var matches in ranks)
        {
            best.AddRange(matches
                .Select(choice)
                .OrderBy(shown => shown.Text, StringComparer.OrdinalIgnoreCase)
                .ThenBy(shown => shown.Value, StringComparer.Ordinal)
                .Take(count - best.Count));
        }

        return best;
    }

    private static int Rank(string key, string[] foldedNames, Query query)
    {
        if (key.StartsWith(query.Text, StringComparison.OrdinalIgnoreCase))
        {
            return key.Length == query.Text.Length ? 0 : 1;
        }

        var rank = NoMatch;
        foreach (var name in foldedNames)
        {
            if (name.StartsWith(query.Folded, StringComparison.Ordinal))
            {
                return 2;
            }

            if (name.Contains(query.Folded, StringComparison.Ordinal))
            {
                rank = 3;
            }
        }

        return rank > 3 && key.Contains(query.Text, StringComparison.OrdinalIgnoreCase) ? 3 : rank;
    }

    /// <summary>What the editor typed, trimmed, and folded as names are.</summary>
    private sealed record Query(string Text, string Folded);
}
