namespace Diplomacy.Core.Reference.Tests;

/// <summary>A country lists write that neither ISO 3166 nor CLDR holds is known as such, with the country ISO counts it in.</summary>
public sealed class CatalogUnlistedCountries
{
    [Theory]
    [InlineData("Northern Cyprus")]
    [InlineData("Turkish Republic of Northern Cyprus")]
    [InlineData("TRNC")]
    [InlineData("trnc")]
    [InlineData("북키프로스")]
    [InlineData("北キプロス")]
    [InlineData("北塞浦路斯")]
    [InlineData("Kuzey Kibris")]
    [InlineData("Kyrenia, Northern Cyprus")]
    [InlineData(" TRNC ")]
    [InlineData(",TRNC")]
    public void Northern_Cyprus_is_no_country_of_the_catalog_and_is_listed_under_Cyprus(string written)
    {
        var unlisted = Catalog.FindUnlistedCountry(written)!;

        Catalog.FindCountry(written).Should().BeNull();
        unlisted.Name.Should().Be("Northern Cyprus");
        unlisted.ListedUnder.Should().BeSameAs(Catalog.Region("CY"));
    }

    [Theory]
    [InlineData("Cyprus")]
    [InlineData("Atlantis")]
    [InlineData("Nicosia, Cyprus")]
    [InlineData("")]
    public void A_country_the_catalog_holds_or_a_name_no_table_holds_is_not_unlisted(string written)
    {
        Catalog.FindUnlistedCountry(written).Should().BeNull();
    }

    [Fact]
    public void Every_name_of_the_table_is_one_no_country_of_the_catalog_bears_and_is_listed_under_a_country_of_the_catalog()
    {
        using var reader = new StreamReader(typeof(Catalog).Assembly.GetManifestResourceStream("Diplomacy.Core.Reference.unlisted-countries.tsv")!);
        var table = NameTable.Read(reader);

        table.Should().HaveCountGreaterThan(20);
        foreach (var (name, row) in table)
        {
            row.Should().HaveCount(2, name);
            Catalog.FindCountry(name).Should().BeNull(name);
            Catalog.Region(row[1]).IsCountry.Should().BeTrue(name);
        }
    }

    [Fact]
    public void An_unlisted_country_is_asked_of_a_name()
    {
        var find = () => Catalog.FindUnlistedCountry(null!);

        find.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }
}
