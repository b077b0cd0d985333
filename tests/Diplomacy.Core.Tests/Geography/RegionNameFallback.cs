using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A name is looked up by language tag, falling back zh-Hans-CN → zh-Hans → zh → the primary name; it never fails.</summary>
public sealed class RegionNameFallback
{
    private static readonly RegionNames Shanghai = RegionNames.Of("zh-Hans", "上海市").And("ko", "상하이시").And("en", "Shanghai");

    [Theory]
    [InlineData("zh-Hans", "上海市")]
    [InlineData("zh-Hans-CN", "上海市")] // one step of fallback
    [InlineData("ko", "상하이시")]
    [InlineData("ko-KR", "상하이시")]
    [InlineData("en-GB", "Shanghai")]
    [InlineData("fr", "上海市")] // no name in French: the primary name
    [InlineData("zh-Hant-TW", "上海市")] // zh-Hant and zh are absent: the primary name, not a guess
    public void A_name_falls_back_to_less_specific_tags_then_to_the_primary_name(string tag, string expected)
    {
        Shanghai.In(tag).Should().Be(expected);
    }

    [Fact]
    public void A_name_held_for_the_bare_language_serves_every_script_and_region_of_it()
    {
        var names = RegionNames.Of("en", "Shanghai").And("zh", "上海");

        names.In("zh-Hans-CN").Should().Be("上海");
    }

    [Fact]
    public void The_most_specific_name_held_wins()
    {
        var names = RegionNames.Of("en", "Hong Kong").And("zh", "香港").And("zh-Hant-HK", "香港特別行政區");

        names.In("zh-Hant-HK").Should().Be("香港特別行政區");
        names.In("zh-Hant-TW").Should().Be("香港");
    }

    [Fact]
    public void Tags_are_matched_whatever_their_case()
    {
        Shanghai.In("ZH-hans-cn").Should().Be("上海市");
        Shanghai.Exactly(LanguageTag.Parse("KO"))!.Text.Should().Be("상하이시");
    }

    [Fact]
    public void Exactly_gives_no_fallback()
    {
        Shanghai.Exactly(LanguageTag.Parse("zh-Hans-CN")).Should().BeNull();
    }

    [Fact]
    public void The_primary_name_is_the_first_one_given()
    {
        Seed.Gyeonggi.Names.Primary.Should().Be(new LocalizedName(LanguageTag.Parse("ko"), "경기도"));
        Seed.Gyeonggi.Name.Should().Be("경기도");
    }
}
