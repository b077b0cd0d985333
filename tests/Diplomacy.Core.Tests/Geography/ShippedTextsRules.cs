using System.Collections;
using System.Resources;
using System.Text.RegularExpressions;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// Every shipped language is complete: it has every text English has and no other, each with the same numbered
/// placeholders, so that no text falls back to English unseen and no argument is dropped or invented.
/// </summary>
public sealed partial class ShippedTextsRules
{
    public static TheoryData<string> Translations => [.. TextLanguages.Shipped.Skip(1).Select(language => language.Value)];

    private static Dictionary<string, string> Texts(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static Dictionary<string, string> English => Texts(TextCatalog.Core.Neutral);

    private static Dictionary<string, string> In(string language) => Texts(TextCatalog.Core.Language(language)!);

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_text_English_has_is_written_in_every_shipped_language(string language)
    {
        var missing = English.Keys.Where(key => !In(language).TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text));

        missing.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_shipped_language_has_a_text_English_lacks(string language)
    {
        In(language).Keys.Except(English.Keys).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_text_in_every_shipped_language_has_the_placeholders_of_its_English(string language)
    {
        var translated = In(language);
        var differing = English
            .Where(entry => !Placeholders(translated[entry.Key]).SetEquals(Placeholders(entry.Value)))
            .Select(entry => $"{entry.Key}: {translated[entry.Key]}");

        differing.Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_languages_are_English_and_the_languages_the_core_assembly_holds()
    {
        TextLanguages.Shipped.Select(language => language.Value).Should().Equal("en", "ko", "ja", "zh-Hans");
        TextCatalog.Core.Languages.Should().BeEquivalentTo(TextLanguages.Shipped.Skip(1).Select(language => language.Value));
    }

    [Fact]
    public void A_text_the_core_does_not_have_is_a_missing_resource_not_an_empty_text()
    {
        var act = () => TextCatalog.Core.Text("No.Such.Text", LanguageTag.Parse("ko"));

        act.Should().Throw<MissingManifestResourceException>().WithMessage("*No.Such.Text*");
        TextCatalog.Core.Find("No.Such.Text", LanguageTag.Parse("ja")).Should().BeNull();
    }

    [Fact]
    public void A_catalog_of_resources_the_assembly_does_not_hold_is_refused_naming_them()
    {
        var act = () => new TextCatalog(typeof(TextCatalog).Assembly, "Diplomacy.Core.NoSuchTexts");

        act.Should().Throw<MissingManifestResourceException>().WithMessage("*Diplomacy.Core*'Diplomacy.Core.NoSuchTexts.resources'*");
    }

    [Fact]
    public void A_language_neither_shipped_nor_added_has_no_texts_of_its_own()
    {
        TextCatalog.Core.Language("fr").Should().BeNull();
    }

    private static HashSet<string> Placeholders(string format) => [.. Placeholder().Matches(format).Select(match => match.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
