using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A country is found by its code, by a name in any language, by the forms lists use, or after a place and a comma.</summary>
public sealed class CatalogCountryNames
{
    [Theory]
    [InlineData("KR", "KR")]
    [InlineData("kr", "KR")]
    [InlineData(" ie ", "IE")]
    [InlineData("Ireland", "IE")]
    [InlineData("대한민국", "KR")]
    [InlineData("中国", "CN")]
    [InlineData("Chine", "CN")]
    [InlineData("JAPAN", "JP")]
    public void A_country_is_found_by_its_code_or_a_name_in_any_language(string text, string code)
    {
        Catalog.FindCountry(text)!.Id.Value.Should().Be(code);
    }

    [Theory]
    [InlineData("Republic of Ireland", "IE")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("KOREA, REPUBLIC OF", "KR")]
    [InlineData("Korea", "KR")]
    [InlineData("Korea, Democratic People's Republic of", "KP")]
    [InlineData("People's Republic of China", "CN")]
    [InlineData("USA", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void A_country_is_found_by_the_forms_lists_use(string text, string code)
    {
        Catalog.FindCountry(text)!.Id.Value.Should().Be(code);
    }

    [Theory]
    [InlineData("England, United Kingdom", "GB")]
    [InlineData("Scotland, UK", "GB")]
    [InlineData("Seoul, Korea", "KR")]
    [InlineData("Suwon, Gyeonggi, Republic of Korea", "KR")]
    public void After_a_place_and_a_comma_the_country_is_the_last_part(string text, string code)
    {
        Catalog.FindCountry(text)!.Id.Value.Should().Be(code);
    }

    [Theory]
    [InlineData("England", "GB")]
    [InlineData("Wales", "GB")]
    public void A_nation_of_the_United_Kingdom_is_taken_for_the_country_lists_mean(string text, string code)
    {
        Catalog.FindCountry(text)!.Id.Value.Should().Be(code);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Gyeonggi")] // a subdivision, never its country
    [InlineData("XX")]
    [InlineData("Atlantis, Nowhere")]
    public void A_name_that_is_no_country_finds_none(string text)
    {
        Catalog.FindCountry(text).Should().BeNull();
    }

    [Theory]
    [InlineData("Kongo")] // both Congos' name in German and other languages
    [InlineData("Nigeri")] // Niger's and Nigeria's
    [InlineData("Seoul, Kongo")]
    public void A_name_that_several_countries_bear_finds_none(string text)
    {
        Catalog.FindCountry(text).Should().BeNull();
    }

    [Fact]
    public void No_country_s_English_name_is_another_country_s_name()
    {
        Catalog.Countries()
            .Where(country => Catalog.FindByName(country.Names.In("en")).Count(region => region.IsCountry) != 1)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData(", Korea", "KR")] // the comma first: nothing before it
    [InlineData("Seoul,Korea", "KR")]
    public void After_any_comma_the_country_is_the_last_part(string text, string code)
    {
        Catalog.FindCountry(text)!.Id.Value.Should().Be(code);
    }

    [Fact]
    public void A_code_that_is_a_country_gives_the_catalog_s_instance()
    {
        Catalog.FindCountry("Republic of Ireland").Should().BeSameAs(Catalog.Region("IE"));
    }

    [Fact]
    public void No_country_is_found_for_null()
    {
        var find = () => Catalog.FindCountry(null!);

        find.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Every_alias_of_the_table_names_a_country_of_the_catalog()
    {
        using var reader = new StreamReader(typeof(Catalog).Assembly.GetManifestResourceStream("Diplomacy.Core.Reference.country-aliases.tsv")!);

        var table = NameTable.Read(reader);

        table.Should().NotBeEmpty();
        table.Values.Should().OnlyContain(row => row.Length == 1 && Catalog.Find(row[0]) != null && Catalog.Find(row[0])!.IsCountry);
    }

    [Fact]
    public void Aliases_match_as_region_names_do()
    {
        var table = NameTable.Read(new StringReader("# a comment\n\nKorea, Republic of\tKR\n"));

        table.Should().ContainKey("KOREA, REPUBLIC OF").And.HaveCount(1);
        table.Comparer.Should().BeSameAs(RegionNameComparer.Instance);
    }
}
