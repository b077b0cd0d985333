using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Tests.Input;

/// <summary>The limits themselves: what one-line text, free text and ids take and refuse, each refusal naming its field.</summary>
public sealed class LimitRules
{
    [Theory]
    [InlineData("GG-TJ-MOU")]
    [InlineData("KR-41-CN-BJ-CooperationMemorandum-..2025-09-22")]
    [InlineData("KR-41~CN-BJ~SisterCity~2")]
    [InlineData("gg_sh.2025")]
    public void An_id_of_ascii_letters_digits_dots_underscores_tildes_and_hyphens_is_taken(string id) =>
        Limits.Id(id, "id").Should().Be(id);

    [Theory]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows")]
    [InlineData("GG BJ")]
    [InlineData("경기-북경")]
    [InlineData("GG%2F..")]
    public void An_id_with_any_other_character_is_refused_naming_the_field(string id) =>
        FluentActions.Invoking(() => Limits.Id(id, "id")).Should().Throw<BadInputException>().Which.Field.Should().Be("id");

    [Fact]
    public void A_lone_surrogate_is_no_character_and_is_refused() =>
        FluentActions.Invoking(() => Limits.Line("Gyeonggi\uD800", 100, "title")).Should().Throw<BadInputException>().Which.Field.Should().Be("title");

    [Fact]
    public void A_pair_of_surrogates_is_one_character_and_is_taken() =>
        Limits.Line("Gyeonggi 𠀀", 100, "title").Should().Be("Gyeonggi 𠀀");

    [Fact]
    public void Free_text_takes_line_breaks_and_tabs_but_no_other_control_character()
    {
        Limits.Text("first\r\nsecond\tthird", 100, "reason").Should().Be("first\r\nsecond\tthird");
        FluentActions.Invoking(() => Limits.Text("first\u0000second", 100, "reason")).Should().Throw<BadInputException>();
        FluentActions.Invoking(() => Limits.Line("first\tsecond", 100, "title")).Should().Throw<BadInputException>();
    }

    [Fact]
    public void Blank_text_is_no_value_and_surrounding_space_is_trimmed_before_the_length_is_counted()
    {
        Limits.Line("   ", 3, "title").Should().BeNull();
        Limits.Line("  abc  ", 3, "title").Should().Be("abc");
    }

    [Fact]
    public void Korean_text_within_the_limit_is_taken_as_it_is() =>
        Limits.Line("경기도-베이징시 우호교류 협약", Limits.TitleLength, "title").Should().Be("경기도-베이징시 우호교류 협약");
}
