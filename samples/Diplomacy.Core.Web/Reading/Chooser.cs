namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// What a form's chooser of regions or ties offers: every one while the register holds at most
/// <see cref="Hosting.ChoiceOptions.ListedUpTo"/> of them (a <c>select</c>), else none, and the chooser is a search field
/// that takes a key and whose suggestions the page's script asks of the API (<c>/api/regions?q=</c>, <c>/api/ties?q=</c>).
/// </summary>
public sealed class Chooser
{
    private Chooser(IReadOnlyList<Choice> listed, bool searches) => (Listed, Searches) = (listed, searches);

    /// <summary>A chooser with no list, searched by name or key.</summary>
    public static Chooser Search { get; } = new([], searches: true);

    /// <summary>The choices listed in full, in the register's order; empty for a search field.</summary>
    public IReadOnlyList<Choice> Listed { get; }

    /// <summary>Whether the chooser is a search field rather than a list.</summary>
    public bool Searches { get; }

    /// <summary>A chooser listing the given choices.</summary>
    public static Chooser Listing(IReadOnlyList<Choice> choices) => new(choices, searches: false);
}
