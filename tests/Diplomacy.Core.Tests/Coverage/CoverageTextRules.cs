using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>A count says what it does not count: uncertain members are named in brackets, in English and in Korean.</summary>
public sealed class CoverageTextRules
{
    [Theory]
    [InlineData(3, 0, 4, "en", "3 of 4")] // none uncertain: the plain count
    [InlineData(0, 3, 4, "en", "0 of 4 (3 uncertain)")]
    [InlineData(1, 1, 4, "en", "1 of 4 (1 uncertain)")] // the boundary: a single uncertain member is said
    [InlineData(3, 0, 4, "ko", "4곳 중 3곳")]
    [InlineData(0, 3, 4, "ko", "4곳 중 0곳 (3곳 불확실)")]
    [InlineData(1, 1, 4, "ko-KR", "4곳 중 1곳 (1곳 불확실)")]
    [InlineData(0, 3, 4, "fr", "0 of 4 (3 uncertain)")] // any other language reads English
    public void A_count_with_uncertain_members_says_how_many_and_one_without_reads_as_before(
        int covered, int uncertain, int total, string language, string text)
    {
        var count = new CoverageCount(covered, uncertain, total);

        count.ToText(LanguageTag.Parse(language)).Should().Be(text);
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
