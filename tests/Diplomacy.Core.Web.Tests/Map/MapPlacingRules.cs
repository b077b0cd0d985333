using AngleSharp.Html.Parser;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Map;

namespace Diplomacy.Core.Web.Tests.Map;

/// <summary>
/// Where the map draws a partner: a city of the gazetteer at its coordinates, a first-level division at its seat, a
/// country at its outline's centroid; a partner nothing places is listed in the counts but not drawn.
/// </summary>
public sealed class MapPlacingRules
{
    private static readonly LocalDate Day = new(2025, 9, 26);
    private static readonly Place Sapporo = Gazetteer.Find(2128295)!;

    private static readonly Region Atlantis = Region.CreatePlace(
        new RegionId("atlantis"), AdministrativeKind.City, RegionNames.Of("en", "Atlantis"), null, "UTC");

    private static TieMap MapOfGyeonggi()
    {
        var register = Register.Open();
        foreach (var code in new[] { "KR-41", "CN-SH", "CN-TJ", "JP-01", "FR", "SG" })
        {
            Catalog.AddTo(register.Directory, code);
        }

        register.AddRegions([Sapporo.Region, Atlantis]);
        var gyeonggi = register.Directory.Resolve("KR-41")!;
        var partners = new[] { "CN-SH", "CN-TJ", Sapporo.RegionId.Value, "FR", "SG", "atlantis" };
        foreach (var partner in partners)
        {
            register.Add(Agreement.Sign(
                new AgreementId($"GG-{partner}"), AgreementKind.CooperationMemorandum, [gyeonggi, register.Directory.Resolve(partner)!], new LocalDate(2020, 1, 1)));
        }

        return TieMap.Of(register, gyeonggi, Day, null, Texts.English);
    }

    private static MapMarker Partner(TieMap map, string id) => map.Partners.Single(partner => partner.Region.Id == id);

    [Fact]
    public void A_city_of_the_gazetteer_is_drawn_at_its_own_coordinates()
    {
        var sapporo = Partner(MapOfGyeonggi(), Sapporo.RegionId.Value);

        sapporo.By.Should().Be(PlacedBy.Place);
        sapporo.Point.Should().Be(MapPoint.Of(Sapporo.Latitude, Sapporo.Longitude));
    }

    [Fact]
    public void A_first_level_division_is_drawn_at_its_seat()
    {
        var map = MapOfGyeonggi();
        var suwon = Gazetteer.SeatOf(new RegionId("KR-41"))!;

        map.Home.By.Should().Be(PlacedBy.Seat);
        map.Home.Point.Should().Be(MapPoint.Of(suwon.Latitude, suwon.Longitude));
        Partner(map, "CN-SH").By.Should().Be(PlacedBy.Seat);
    }

    [Fact]
    public void A_country_is_drawn_at_the_centroid_of_its_outline()
    {
        var france = Partner(MapOfGyeonggi(), "FR");

        france.By.Should().Be(PlacedBy.Country);
        france.Point.Should().Be(WorldOutlines.Instance.CentroidOf("FR"));
    }

    [Theory]
    [InlineData("SG")] // too small for the 1:110m outlines
    [InlineData("atlantis")] // in no country
    public void A_partner_nothing_places_is_counted_and_listed_but_not_drawn(string id)
    {
        var map = MapOfGyeonggi();

        Partner(map, id).Should().Match<MapMarker>(partner => partner.Point == null && partner.By == PlacedBy.Nowhere);
        map.ByCountry.SelectMany(row => row.Partners).Select(partner => partner.Region.Id).Should().Contain(id);
        var svg = new HtmlParser().ParseDocument(TieMapSvg.Svg(map, Texts.English));
        svg.GetElementById($"partner-KR-41-{id}").Should().BeNull();
        svg.GetElementById($"arc-KR-41-{id}").Should().BeNull();
    }

    [Fact]
    public void Partners_are_counted_by_country_the_most_partners_first_and_those_in_no_country_last()
    {
        var rows = MapOfGyeonggi().ByCountry.Select(row => (row.Country?.Id, row.Partners.Count));

        rows.Should().Equal(("CN", 2), ("FR", 1), ("JP", 1), ("SG", 1), (null, 1));
    }

    [Fact]
    public void A_place_keyed_by_its_geonames_id_gets_an_element_id_of_letters_digits_and_hyphens()
    {
        var svg = new HtmlParser().ParseDocument(TieMapSvg.Svg(MapOfGyeonggi(), Texts.English));

        svg.GetElementById("partner-KR-41-geonames-2128295")!.GetAttribute("data-placed-by").Should().Be("place");
    }

    [Fact]
    public void The_view_fits_what_is_drawn_in_the_maps_shape_and_stays_inside_the_world()
    {
        var (left, top, width, height) = TieMapSvg.ViewOf(MapOfGyeonggi());

        // France and Sapporo: nearly half the world's width, not all of it.
        width.Should().BeLessThan(WorldOutlines.Width);
        height.Should().Be(width / 2);
        left.Should().BeGreaterThanOrEqualTo(0);
        (left + width).Should().BeLessThanOrEqualTo(WorldOutlines.Width);
        top.Should().BeGreaterThanOrEqualTo(0);
        (top + height).Should().BeLessThanOrEqualTo(WorldOutlines.Height);
    }
}
