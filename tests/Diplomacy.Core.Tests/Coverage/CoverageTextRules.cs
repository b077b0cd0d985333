using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A count reads naturally in each shipped language and says what it does not count: uncertain members are named in brackets.</summary>
public sealed class CoverageTextRules
{
    [Theory]
    [InlineData(3, 0, 4, "en", "3 of 4")] // none uncertain: the plain count
    [InlineData(0, 3, 4, "en", "0 of 4 (3 uncertain)")]
    [InlineData(1, 1, 4, "en", "1 of 4 (1 uncertain)")] // the boundary: a single uncertain member is said
    [InlineData(3, 0, 4, "ko", "4곳 중 3곳")]
    [InlineData(0, 3, 4, "ko", "4곳 중 0곳 (3곳 불확실)")]
    [InlineData(1, 1, 4, "ko-KR", "4곳 중 1곳 (1곳 불확실)")]
    [InlineData(0, 3, 4, "ja", "4か所中0か所（不確実3か所）")]
    [InlineData(0, 3, 4, "zh-Hans", "4个中的0个（3个不确定）")]
    [InlineData(0, 3, 4, "fr", "0 of 4 (3 uncertain)")] // any other language reads English
    public void A_count_with_uncertain_members_says_how_many_and_one_without_reads_as_before(
        int covered, int uncertain, int total, string language, string text)
    {
        var count = new CoverageCount(covered, uncertain, total);

        count.ToText(LanguageTag.Parse(language)).Should().Be(text);
    }

    [Fact]
    public void A_count_reads_3_of_4_places_in_Korean_as_4곳_중_3곳()
    {
        new CoverageCount(3, 0, 4).ToText(LanguageTag.Parse("ko")).Should().Be("4곳 중 3곳");
    }

    [Fact]
    public void A_count_reads_3_of_4_places_in_Japanese_as_4か所中3か所()
    {
        new CoverageCount(3, 0, 4).ToText(LanguageTag.Parse("ja")).Should().Be("4か所中3か所");
    }

    [Fact]
    public void A_count_reads_3_of_4_places_in_Simplified_Chinese_as_4个中的3个()
    {
        new CoverageCount(3, 0, 4).ToText(LanguageTag.Parse("zh-Hans")).Should().Be("4个中的3个");
    }

    [Fact]
    public void A_count_reads_in_English_by_default_and_says_its_uncertain_members()
    {
        new CoverageCount(0, 3, 4).ToString().Should().Be("0 of 4 (3 uncertain)");
        new CoverageCount(3, 0, 4).ToString().Should().Be("3 of 4");
    }

    [Fact]
    public void A_coverage_with_a_tie_signed_on_an_unknown_day_says_the_member_it_could_not_count()
    {
        var coverage = SeedRegister.WithTheSeedMous().Coverage(Seed.Gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, Dates.D("2025-01-01"));

        coverage.ToString().Should().Be("0 of 4 (1 uncertain)");
        coverage.ToText(LanguageTag.Parse("ko")).Should().Be("4곳 중 0곳 (1곳 불확실)");
    }
}
