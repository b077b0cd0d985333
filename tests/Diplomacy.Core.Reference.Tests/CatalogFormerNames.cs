using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A renamed region keeps its former names with the day they ended: old lists still find it, old ties read as signed then.</summary>
public sealed class CatalogFormerNames
{
    private static readonly CatalogData Data = CatalogData.Instance.Value;

    [Fact]
    public void A_sheet_naming_강원도_finds_KR_42_by_its_former_name()
    {
        // North Korea's Kangwon still bears the name: a list must say its country to tell them apart.
        Catalog.FindByName("강원도").Select(region => region.Id.Value).Should().Equal("KP-07", "KR-42");
        Catalog.FindByName("전라북도").Select(region => region.Id.Value).Should().Equal("KR-45");
    }

    [Fact]
    public void KR_42_bore_강원도_in_Korean_until_2023_06_11()
    {
        Catalog.FormerNamesOf("KR-42").Should().ContainEquivalentOf(
            new FormerName(new LocalizedName(LanguageTag.Parse("ko"), "강원도"), new LocalDate(2023, 6, 11)));
    }

    [Fact]
    public void KR_45_bore_its_former_names_in_Korean_English_Japanese_and_Chinese_until_2024_01_18()
    {
        var former = Catalog.FormerNamesOf("KR-45");

        former.Select(f => f.Name.Language.Value).Should().BeEquivalentTo(["ko", "en", "ja", "zh-Hans", "zh-Hant"]);
        former.Should().OnlyContain(f => f.EndedOn == new LocalDate(2024, 1, 18));
    }

    [Fact]
    public void A_former_name_was_in_use_on_every_day_before_the_day_it_ended_and_not_on_that_day()
    {
        var gangwon = Catalog.FormerNamesOf("KR-42").First(f => f.Name.Text == "강원도");

        gangwon.WasInUseOn(new LocalDate(2023, 6, 10)).Should().BeTrue();
        gangwon.WasInUseOn(new LocalDate(2023, 6, 11)).Should().BeFalse();
        gangwon.ToString().Should().Be("강원도 (ko, until 2023-06-11)");
    }

    [Theory]
    [InlineData("ko", 2010, 5, 1, "전라북도")]
    [InlineData("ko", 2024, 1, 17, "전라북도")]
    [InlineData("ko", 2024, 1, 18, "전북특별자치도")]
    [InlineData("ko-KR", 2010, 5, 1, "전라북도")]
    [InlineData("zh-Hans-CN", 2010, 5, 1, "全罗北道")]
    [InlineData("en", 2025, 5, 1, "Jeonbuk State")]
    public void A_tie_signed_with_전라북도_in_2010_reads_as_signed_with_it_then(string language, int year, int month, int day, string name)
    {
        Catalog.NameOn("KR-45", language, new LocalDate(year, month, day)).Should().Be(name);
    }

    [Fact]
    public void A_language_the_region_has_no_name_in_reads_the_primary_name_of_the_day()
    {
        Catalog.NameOn("KR-45", "tlh", new LocalDate(2010, 5, 1)).Should().Be("전라북도");
        Catalog.NameOn("KR-45", "tlh", new LocalDate(2025, 5, 1)).Should().Be("전북특별자치도");
    }

    [Fact]
    public void A_language_with_a_name_and_no_former_name_reads_the_current_name_on_any_day()
    {
        var french = Catalog.Region("KR-45").Names.In("fr");

        Catalog.NameOn("KR-45", "fr", new LocalDate(2010, 5, 1)).Should().Be(french);
        Catalog.NameOn("KR-41", "ko", new LocalDate(1990, 1, 1)).Should().Be("경기도");
    }

    [Fact]
    public void A_region_never_renamed_has_no_former_names()
    {
        Catalog.FormerNamesOf("KR-41").Should().BeEmpty();
        Catalog.FormerNamesOf("ZZ-99").Should().BeEmpty();
    }

    [Fact]
    public void A_form_the_catalog_corrected_is_not_a_former_name()
    {
        Catalog.FindByName("상하이 시").Select(region => region.Id.Value).Should().Equal("CN-SH");
        Catalog.FormerNamesOf("CN-SH").Should().BeEmpty();
    }

    [Fact]
    public void Every_earlier_name_finds_its_region()
    {
        var earlier = Enumerable.Range(0, Data.Count)
            .SelectMany(at => Data.EarlierNamesAt(at).Select(name => (Region: Data.RegionAt(at), name.Name)))
            .ToList();

        earlier.Should().HaveCountGreaterThan(80);
        foreach (var (region, name) in earlier)
        {
            Catalog.FindByName(name).Should().Contain(region, name);
        }
    }

    [Fact]
    public void A_former_name_is_asked_of_a_code_and_a_day_is_asked_of_a_known_region()
    {
        var noCode = () => Catalog.FormerNamesOf(null!);
        var unknown = () => Catalog.NameOn("ZZ-99", "ko", new LocalDate(2020, 1, 1));

        noCode.Should().Throw<ArgumentNullException>();
        unknown.Should().Throw<ArgumentException>();
    }
}
