using System.Globalization;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Places.Tests;

public class PlaceNames
{
    [Theory]
    [InlineData("Suwon")]
    [InlineData("Suwon-si")]
    [InlineData("수원시")]
    [InlineData("水原市")]
    [InlineData("SUWON")]
    public void Any_name_of_a_place_in_any_language_finds_it_within_its_country(string name)
    {
        Gazetteer.FindByName(name, "KR").Select(p => p.GeoNameId).Should().Contain(1835553);
    }

    [Fact]
    public void The_plain_form_GeoNames_lists_among_other_names_finds_the_administrative_form()
    {
        var seongnam = Gazetteer.FindByName("Seongnam", "KR").Should().ContainSingle().Subject;

        seongnam.Name.Should().Be("Seongnam-si");
        seongnam.OtherNames.Should().Contain("Seongnam");
    }

    [Fact]
    public void A_name_finds_places_in_every_country_when_no_country_is_given()
    {
        Gazetteer.FindByName("Buenos Aires").Select(p => p.CountryCode).Should().Contain(["AR", "MX", "CO"]);
    }

    [Fact]
    public void A_name_by_language_alone_finds_the_place()
    {
        var data = PlaceData.Instance.Value;
        var (place, name) = Enumerable.Range(0, data.Count)
            .Select(data.PlaceAt)
            .SelectMany(p => p.Names.All.Select(n => (Place: p, Name: n.Text)))
            .First(pair => pair.Name != pair.Place.Name && !pair.Place.OtherNames.Contains(pair.Name, RegionNameComparer.Instance));

        Gazetteer.FindByName(name, place.CountryCode).Should().Contain(place);
    }

    [Fact]
    public void A_name_no_place_bears_finds_nothing()
    {
        Gazetteer.FindByName("Atlantis-on-the-Moon", "KR").Should().BeEmpty();
    }

    [Fact]
    public void Names_by_language_are_stored_under_their_tag_with_GeoNames_first_name_as_primary()
    {
        var suwon = Gazetteer.Find(1835553)!;

        suwon.Names.Primary.Text.Should().Be("Suwon");
        suwon.Names.Primary.Language.Value.Should().Be("und");
        suwon.Names.In("ko").Should().Be("수원시");
        suwon.Names.In("ja").Should().Be("水原市");
    }

    [Fact]
    public void Chinese_written_in_Traditional_characters_is_zh_Hant_and_its_conversion_is_zh_Hans()
    {
        var withTraditional = Enumerable.Range(0, PlaceData.Instance.Value.Count)
            .Select(PlaceData.Instance.Value.PlaceAt)
            .First(place => place.Names.Exactly(LanguageTag.Parse("zh-Hant")) is not null);

        var hant = withTraditional.Names.Exactly(LanguageTag.Parse("zh-Hant"))!.Text;
        var hans = withTraditional.Names.Exactly(LanguageTag.Parse("zh-Hans"))!.Text;
        hans.Should().NotBe(hant);
    }

    [Fact]
    public void No_name_carries_a_footnote_mark_a_control_character_or_a_bracket()
    {
        var data = PlaceData.Instance.Value;
        var unclean = Enumerable.Range(0, data.Count)
            .Select(data.PlaceAt)
            .SelectMany(place => place.Names.All.Select(n => n.Text).Concat(place.OtherNames).Append(place.Name))
            .Where(name => name.Trim() != name
                || name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNumber or UnicodeCategory.Control
                    or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
                || name.IndexOfAny(['*', '†', '‡', '|', '=', '[', ']', '{', '}', '<', '>', '?', '#', '\uFFFD']) >= 0)
            .Take(20)
            .ToList();

        unclean.Should().BeEmpty();
    }
}
