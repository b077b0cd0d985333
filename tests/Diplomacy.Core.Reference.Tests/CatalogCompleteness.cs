using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>Every code of the catalog resolves to a region whose parent chain ends at its country.</summary>
public sealed class CatalogCompleteness
{
    private static readonly CatalogData Data = CatalogData.Instance.Value;

    private static IEnumerable<int> Entries => Enumerable.Range(0, Data.Count);

    [Fact]
    public void The_catalog_holds_every_ISO_3166_1_country_and_Kosovo()
    {
        Catalog.Countries().Should().HaveCount(249 + 1).And.OnlyContain(c => c.IsCountry);
    }

    [Fact]
    public void Every_code_resolves_to_a_region_with_that_code()
    {
        foreach (var index in Entries)
        {
            var code = Data.CodeAt(index);
            Catalog.Region(code).Id.Value.Should().Be(code);
        }
    }

    [Fact]
    public void Every_former_code_finds_the_region_that_holds_it_now()
    {
        var formers = Entries.Select(Data.RegionAt).SelectMany(r => r.FormerSubdivisionCodes.Select(f => (Former: f, Region: r))).ToList();

        formers.Should().HaveCountGreaterThan(100);
        foreach (var (former, region) in formers)
        {
            Catalog.Find(former).Should().BeSameAs(region, former.Value);
        }
    }

    [Fact]
    public void Every_parent_chain_ends_at_the_country_of_the_code()
    {
        foreach (var region in Entries.Select(Data.RegionAt).Where(r => !r.IsCountry))
        {
            region.Ancestors[^1].IsCountry.Should().BeTrue(region.Id.Value);
            region.Country!.CountryCode.Should().Be(region.SubdivisionCode!.Value.Country, region.Id.Value);
        }
    }

    [Theory]
    [InlineData("KR", 17)]
    [InlineData("CN", 34)]
    [InlineData("JP", 47)]
    public void Korea_China_and_Japan_have_every_first_level_division_named_in_Korean_Chinese_Japanese_and_English(string country, int divisions)
    {
        var children = Catalog.ChildrenOf(Catalog.Region(country));

        children.Should().HaveCount(divisions);
        foreach (var division in children)
        {
            foreach (var language in new[] { "ko", "zh-Hans", "ja", "en" })
            {
                HasOwnName(division, language).Should().BeTrue($"{division.Id} needs a name in {language}");
            }
        }
    }

    [Fact]
    public void The_primary_name_is_in_the_country_s_official_language()
    {
        Catalog.Region("KR-41").Names.Primary.Language.Value.Should().Be("ko");
        Catalog.Region("CN-SH").Names.Primary.Language.Value.Should().Be("zh-Hans");
        Catalog.Region("JP-13").Names.Primary.Language.Value.Should().Be("ja");
        Catalog.Region("US-CA").Names.Primary.Language.Value.Should().Be("en");
    }

    [Fact]
    public void Chinese_names_are_Simplified_Chinese_under_zh_Hans()
    {
        Catalog.Region("KR-41").Names.In("zh-Hans-CN").Should().Be("京畿道");
    }

    private static bool HasOwnName(Region region, string language) => region.Names.Exactly(LanguageTag.Parse(language)) is not null;
}
