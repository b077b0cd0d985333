using Diplomacy.Core.Reference;
using Diplomacy.Core.Web.Map;

namespace Diplomacy.Core.Web.Tests.Map;

/// <summary>The map's outlines carry the reference catalog's country codes, so that a partner's country finds its outline.</summary>
public sealed class WorldOutlineCodes
{
    [Fact]
    public void Every_outline_with_a_code_is_a_country_of_the_catalog_and_no_country_has_two()
    {
        var codes = WorldOutlines.Instance.All.Select(outline => outline.CountryCode).OfType<string>().ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Where(code => Catalog.FindCountry(code) is not { IsCountry: true }).Should().BeEmpty();
    }

    [Fact]
    public void Kosovo_is_outlined_under_the_code_the_catalog_gives_it()
    {
        WorldOutlines.Instance.CentroidOf("XK").Should().NotBeNull();
    }

    [Fact]
    public void A_centroid_lies_on_the_map_even_for_a_country_across_the_antimeridian()
    {
        WorldOutlines.Instance.All.Should().OnlyContain(outline =>
            outline.Centroid.X >= 0 && outline.Centroid.X < WorldOutlines.Width && outline.Centroid.Y >= 0 && outline.Centroid.Y <= WorldOutlines.Height);
    }
}
