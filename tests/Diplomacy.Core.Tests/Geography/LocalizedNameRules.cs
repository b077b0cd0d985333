using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A localized name always has a language and a non-blank, trimmed text, however it is built.</summary>
public sealed class LocalizedNameRules
{
    private static readonly LanguageTag Korean = LanguageTag.Parse("ko");

    [Fact]
    public void A_name_built_directly_with_blank_text_is_refused()
    {
        var create = () => new LocalizedName(Korean, " ");

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Text");
    }

    [Fact]
    public void A_name_built_directly_without_a_language_is_refused()
    {
        var create = () => new LocalizedName(default, "경기도");

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Language");
    }

    [Fact]
    public void A_name_changed_with_with_is_checked_too()
    {
        var name = new LocalizedName(Korean, "경기도");

        var blank = () => name with { Text = "" };
        var noLanguage = () => name with { Language = default };

        blank.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Text");
        noLanguage.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Language");
    }

    [Fact]
    public void A_name_built_directly_is_trimmed()
    {
        new LocalizedName(Korean, " 경기도 ").Text.Should().Be("경기도");
    }

    [Fact]
    public void Names_are_equal_when_language_and_text_are()
    {
        new LocalizedName(LanguageTag.Parse("KO"), "경기도").Should().Be(new LocalizedName(Korean, "경기도"));
        new LocalizedName(Korean, "경기도").Should().NotBe(new LocalizedName(Korean, "경기"));
    }
}
