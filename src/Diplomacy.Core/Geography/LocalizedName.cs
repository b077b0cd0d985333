using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>A name in one language: <c>상하이</c> in <c>ko</c>, <c>上海</c> in <c>zh-Hans</c>.</summary>
/// <param name="Language">The language the name is written in; not <c>default</c>.</param>
/// <param name="Text">The name; surrounding white space is removed, and it may not be empty.</param>
/// <remarks>
/// Equality is by value: the same language and the same text, ordinal. Validated when built and when
/// changed with <c>with</c>, so a name is never blank.
/// </remarks>
/// <exception cref="ArgumentException">The language is <c>default</c>, or the text is empty or white space.</exception>
/// <exception cref="ArgumentNullException">The text is null.</exception>
public sealed record LocalizedName(LanguageTag Language, string Text)
{
    /// <summary>The language the name is written in.</summary>
    public LanguageTag Language { get; init => field = Guard.Against.Default(value, nameof(Language)); } = Guard.Against.Default(Language);

    /// <summary>The name, trimmed, never empty.</summary>
    public string Text { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Text)).Trim(); } = Guard.Against.NullOrWhiteSpace(Text).Trim();

    /// <summary>The text of the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Text;
}
