namespace Diplomacy.Core.Reference.Tests;

/// <summary>Kosovo is a country of the catalog under XK, the code CLDR and the EU use (user-assigned in ISO 3166).</summary>
public sealed class CatalogKosovo
{
    [Fact]
    public void Kosovo_is_a_country_with_the_code_XK()
    {
        var kosovo = Catalog.Region("XK");

        kosovo.IsCountry.Should().BeTrue();
        kosovo.CountryCode!.Value.Value.Should().Be("XK");
        Catalog.Countries().Should().Contain(kosovo);
    }

    [Fact]
    public void Kosovo_s_primary_name_is_Albanian_its_most_spoken_official_language()
    {
        Catalog.Region("XK").Names.Primary.Language.Value.Should().Be("sq");
    }

    [Fact]
    public void Kosovo_is_found_by_its_name_in_every_language_CLDR_has()
    {
        var kosovo = Catalog.Region("XK");
        var names = kosovo.Names.All.Select(name => name.Text).Distinct().ToList();

        names.Should().HaveCountGreaterThan(50).And.Contain(["Kosovo", "코소보", "コソボ", "科索沃"]);
        foreach (var name in names)
        {
            Catalog.FindCountry(name).Should().BeSameAs(kosovo, name);
        }
    }

    [Theory]
    [InlineData("XK")]
    [InlineData("xk")]
    [InlineData("Republic of Kosovo")]
    [InlineData("Prishtina, Kosovo")]
    public void Lists_find_Kosovo_by_its_code_its_official_name_and_after_a_place(string written)
    {
        Catalog.FindCountry(written)!.Id.Value.Should().Be("XK");
    }
}
