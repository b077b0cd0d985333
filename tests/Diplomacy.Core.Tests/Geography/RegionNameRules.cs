using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A set of names holds one non-blank, trimmed name per language and is immutable.</summary>
public sealed class RegionNameRules
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u3000")] // an ideographic (full-width) space is white space too
    public void An_empty_or_white_space_primary_name_is_refused(string blank)
    {
        var create = () => RegionNames.Of("ko", blank);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void An_empty_or_white_space_translation_is_refused()
    {
        var names = RegionNames.Of("ko", "경기도");

        var add = () => names.And("en", "  ");

        add.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void A_missing_name_is_refused_as_null()
    {
        var create = () => RegionNames.Of("ko", null!);

        create.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void A_name_with_a_malformed_language_tag_is_refused()
    {
        var create = () => RegionNames.Of("korean!", "경기도");

        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'korean!'");
    }

    [Fact]
    public void A_second_name_in_the_same_language_is_refused_even_in_another_case_naming_the_name_held()
    {
        var names = RegionNames.Of("zh-Hans", "上海市");

        var add = () => names.And("ZH-HANS", "沪");

        add.Should().Throw<ArgumentException>().WithMessage("The names already hold '上海市' in zh-Hans; *")
            .Which.ParamName.Should().Be("languageTag");
    }

    [Fact]
    public void Names_are_trimmed()
    {
        RegionNames.Of("en", "  Shanghai ").Primary.Text.Should().Be("Shanghai");
    }

    [Fact]
    public void Adding_a_name_leaves_the_original_set_unchanged()
    {
        var korean = RegionNames.Of("ko", "경기도");

        var both = korean.And("en", "Gyeonggi Province");

        korean.All.Should().ContainSingle();
        both.All.Select(name => name.Text).Should().BeEquivalentTo("경기도", "Gyeonggi Province");
    }

    [Fact]
    public void Names_read_as_the_primary_name_and_each_name_as_its_text()
    {
        var names = RegionNames.Of("ko", "경기도").And("en", "Gyeonggi Province");

        names.ToString().Should().Be("경기도");
        names.In("en").Should().Be("Gyeonggi Province");
        names.Exactly(LanguageTag.Parse("en"))!.ToString().Should().Be("Gyeonggi Province");
    }
}
