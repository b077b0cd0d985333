using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Tests.Language;

/// <summary>
/// Every offered language holds every text English (the neutral resources) holds, no other, and each text with the same
/// numbered placeholders, so that no page falls back to English unseen or drops an argument.
/// </summary>
public sealed partial class EveryLanguageHasEveryText
{
    private static readonly ResourceManager Resources = new("Diplomacy.Core.Web.Language.Texts", typeof(Texts).Assembly);

    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public void A_language_has_every_key_of_English_and_no_other(string tag)
    {
        var language = Read(tag);

        language.Keys.Should().BeEquivalentTo(Read("en").Keys);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public void A_text_has_the_same_numbered_placeholders_in_every_language(string tag)
    {
        var english = Read("en");
        var language = Read(tag);

        foreach (var (key, text) in language)
        {
            Placeholders(text).Should().BeEquivalentTo(Placeholders(english[key]), $"'{key}' in {tag} fills the arguments English fills");
        }
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh-Hans")]
    public void A_text_of_a_language_is_its_own_not_a_copy_of_the_English_sentence(string tag)
    {
        var english = Read("en");

        Read(tag).Where(pair => pair.Value == english[pair.Key] && PlaceholderPattern().Replace(pair.Value, string.Empty).Any(char.IsLetter))
            .Select(pair => pair.Key)
            .Should().BeEmpty("every text is translated");
    }

    [Fact]
    public void The_offered_languages_are_English_Korean_Japanese_and_Simplified_Chinese_by_their_own_names()
    {
        var offered = new OfferedLanguages(["en", "ko", "ja", "zh-Hans"]);

        offered.All.Select(texts => (texts.Code, texts.LanguageName))
            .Should().Equal(("en", "English"), ("ko", "한국어"), ("ja", "日本語"), ("zh-Hans", "简体中文"));
    }

    private static Dictionary<string, string> Read(string tag)
    {
        var set = Resources.GetResourceSet(CultureInfo.GetCultureInfo(tag), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"The host ships no texts for '{tag}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
