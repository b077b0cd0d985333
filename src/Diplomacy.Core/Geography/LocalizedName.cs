namespace Diplomacy.Core.Geography;

/// <summary>A name in one language: <c>상하이</c> in <c>ko</c>, <c>上海</c> in <c>zh-Hans</c>.</summary>
/// <param name="Language">The language the name is written in.</param>
/// <param name="Text">The name, trimmed, never empty.</param>
/// <remarks>Equality is by value: the same language and the same text, ordinal.</remarks>
public sealed record LocalizedName(LanguageTag Language, string Text)
{
    /// <summary>The text of the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Text;
}
