namespace Diplomacy.Core.Reference.Tests;

/// <summary>Names read as the country's government writes them, where CLDR is outdated or writes another form.</summary>
public sealed class CatalogGovernmentNames
{
    [Fact]
    public void KR_42_reads_강원특별자치도_in_Korean()
    {
        var gangwon = Catalog.Region("KR-42");

        gangwon.Names.In("ko").Should().Be("강원특별자치도");
        gangwon.Names.Primary.Text.Should().Be("강원특별자치도");
    }

    [Fact]
    public void KR_45_reads_전북특별자치도_in_Korean()
    {
        Catalog.Region("KR-45").Names.In("ko").Should().Be("전북특별자치도");
    }

    [Theory]
    [InlineData("KR-42", "en", "Gangwon State")]
    [InlineData("KR-42", "ja", "江原特別自治道")]
    [InlineData("KR-42", "zh-Hans", "江原特别自治道")]
    [InlineData("KR-42", "zh-Hant", "江原特別自治道")]
    [InlineData("KR-45", "en", "Jeonbuk State")]
    [InlineData("KR-45", "ja", "全北特別自治道")]
    [InlineData("KR-45", "zh-Hans", "全北特别自治道")]
    [InlineData("KR-45", "zh-Hant", "全北特別自治道")]
    public void The_renamed_Korean_provinces_read_their_new_names_in_English_Japanese_and_Chinese(string code, string language, string name)
    {
        Catalog.Region(code).Names.In(language).Should().Be(name);
    }

    [Theory]
    [InlineData("CN-TJ", "톈진시")]
    [InlineData("CN-SH", "상하이시")]
    [InlineData("CN-BJ", "베이징시")]
    [InlineData("CN-CQ", "충칭시")]
    [InlineData("CN-GD", "광둥성")]
    [InlineData("CN-GX", "광시좡족자치구")]
    [InlineData("JP-13", "도쿄도")]
    [InlineData("JP-27", "오사카부")]
    [InlineData("JP-02", "아오모리현")]
    public void Chinese_and_Japanese_divisions_read_in_Korean_as_one_word_as_the_Korean_government_writes_them(string code, string name)
    {
        Catalog.Region(code).Names.In("ko").Should().Be(name);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("JP")]
    public void No_Korean_name_of_a_Chinese_or_Japanese_first_level_division_holds_a_space(string country)
    {
        Catalog.ChildrenOf(Catalog.Region(country)).Select(division => division.Names.In("ko")).Should().NotContain(name => name.Contains(' '));
    }

    [Theory]
    [InlineData("상하이 시", "CN-SH")]
    [InlineData("도쿄 도", "JP-13")]
    [InlineData("Gangwon", "KR-42")]
    public void The_form_a_source_wrote_before_the_catalog_corrected_it_still_finds_the_region(string written, string code)
    {
        Catalog.FindByName(written).Select(region => region.Id.Value).Should().Contain(code);
    }

    [Fact]
    public void Shaanxi_and_Shanxi_share_their_Korean_name_without_the_mark_CLDR_told_them_apart_with()
    {
        Catalog.Region("CN-SN").Names.In("ko").Should().Be("산시성");
        Catalog.FindByName("산시성").Select(region => region.Id.Value).Should().Equal("CN-SN", "CN-SX");
    }

    [Theory]
    [InlineData("KR-11", "首尔", "首爾")]
    [InlineData("KR-27", "大邱广域市", "大邱廣域市")]
    [InlineData("JP-02", "青森县", "青森縣")]
    public void A_Chinese_name_the_source_wrote_in_Traditional_characters_is_Simplified_under_zh_Hans_and_kept_under_zh_Hant(string code, string simplified, string traditional)
    {
        var names = Catalog.Region(code).Names;

        names.In("zh-Hans").Should().Be(simplified);
        names.In("zh-Hant").Should().Be(traditional);
    }
}
