using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A directory finds a region by any of its keys: id, current or replaced code, Wikidata id, any name.</summary>
public sealed class RegionDirectoryLookupRules
{
    private readonly RegionDirectory _directory = Seed.Directory();

    [Fact]
    public void A_replaced_subdivision_code_still_finds_its_region()
    {
        _directory.Find(SubdivisionCode.Parse("CN-31")).Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_current_subdivision_code_finds_its_region()
    {
        _directory.Find(SubdivisionCode.Parse("kr-41")).Should().BeSameAs(Seed.Gyeonggi);
    }

    [Fact]
    public void A_country_code_finds_its_country()
    {
        _directory.Find(CountryCode.Parse("cn")).Should().BeSameAs(Seed.China);
    }

    [Fact]
    public void A_wikidata_id_finds_its_region()
    {
        _directory.Find(WikidataId.Parse("Q8686")).Should().BeSameAs(Seed.Shanghai);
    }

    [Fact]
    public void An_id_finds_its_region_in_any_case()
    {
        _directory.TryGet(new RegionId("kr-41-suwon"), out var found).Should().BeTrue();
        found.Should().BeSameAs(Seed.Suwon);
    }

    [Fact]
    public void A_replaced_code_is_not_an_id()
    {
        _directory.TryGet(new RegionId("CN-31"), out _).Should().BeFalse();
    }

    [Fact]
    public void A_key_of_another_sort_finds_nothing_by_a_typed_look_up()
    {
        _directory.Find(SubdivisionCode.Parse("KR-99")).Should().BeNull();
        _directory.Find(CountryCode.Parse("JP")).Should().BeNull();
        _directory.Find(WikidataId.Parse("Q1")).Should().BeNull();
        _directory.Find(default(CountryCode)).Should().BeNull();
        _directory.Find(default(SubdivisionCode)).Should().BeNull();
        _directory.Find(default(WikidataId)).Should().BeNull();
        _directory.TryGet(default, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("CN-SH")]
    [InlineData("cn-31")] // a replaced code, lower-case
    [InlineData("Q8686")]
    [InlineData("q8686")]
    [InlineData("  CN-SH ")] // surrounding white space is ignored
    public void Any_key_written_as_text_resolves_to_its_region(string key)
    {
        _directory.Resolve(key).Should().BeSameAs(Seed.Shanghai);
    }

    [Theory]
    [InlineData("CN-XX")]
    [InlineData("Q08686")]
    [InlineData("Shanghai")] // a name is not a key
    [InlineData("")]
    public void Text_that_is_no_key_resolves_to_nothing(string key)
    {
        _directory.Resolve(key).Should().BeNull();
    }

    [Theory]
    [InlineData("上海市")]
    [InlineData("상하이시")]
    [InlineData("Shanghai")]
    [InlineData("SHANGHAI")]
    [InlineData("shanghai")]
    [InlineData(" Shanghai ")]
    [InlineData("ＳＨＡＮＧＨＡＩ")] // full-width Latin letters
    [InlineData("ｓｈａｎｇｈａｉ")]
    public void A_name_in_any_language_case_or_width_finds_its_region(string name)
    {
        _directory.FindByName(name).Should().ContainSingle().Which.Should().BeSameAs(Seed.Shanghai);
    }

    [Fact]
    public void Half_width_and_full_width_katakana_find_the_same_region()
    {
        var tokyo = Region.CreateSubdivision(
            SubdivisionCode.Parse("JP-13"), AdministrativeKind.Prefecture, RegionNames.Of("ja", "東京都").And("ja-Kana", "トウキョウ"), Japan());
        var shanghai = Region.CreatePlace(new RegionId("JP-SHANGHAI"), AdministrativeKind.Other, RegionNames.Of("ja", "シャンハイ"), tokyo);
        var directory = new RegionDirectory();
        directory.AddRange([tokyo.Parent!, tokyo, shanghai]);

        directory.FindByName("ｼｬﾝﾊｲ").Should().ContainSingle().Which.Should().BeSameAs(shanghai);
        directory.FindByName("ﾄｳｷｮｳ").Should().ContainSingle().Which.Should().BeSameAs(tokyo);
    }

    [Fact]
    public void A_name_stored_in_half_width_forms_is_found_by_its_usual_form()
    {
        var place = Region.CreatePlace(new RegionId("JP-X"), AdministrativeKind.Other, RegionNames.Of("ja", "ｼｬﾝﾊｲ"), Japan());
        var directory = new RegionDirectory();
        directory.AddRange([place.Parent!, place]);

        directory.FindByName("シャンハイ").Should().ContainSingle().Which.Should().BeSameAs(place);
    }

    [Fact]
    public void Several_regions_may_share_a_name_and_are_all_found_in_the_order_added()
    {
        var usa = Region.CreateCountry(CountryCode.Parse("US"), RegionNames.Of("en", "United States"), "America/New_York");
        var illinois = Region.CreatePlace(new RegionId("Q28515"), AdministrativeKind.City, RegionNames.Of("en", "Springfield"), usa, "America/Chicago");
        var massachusetts = Region.CreatePlace(new RegionId("Q49158"), AdministrativeKind.City, RegionNames.Of("en", "Springfield"), usa);
        var directory = new RegionDirectory();
        directory.AddRange([usa, illinois, massachusetts]);

        directory.FindByName("springfield").Should().Equal(illinois, massachusetts);
    }

    [Fact]
    public void A_region_that_bears_the_same_name_in_several_languages_is_found_once_by_it()
    {
        var busan = Region.CreateSubdivision(
            SubdivisionCode.Parse("KR-26"), AdministrativeKind.MetropolitanCity, RegionNames.Of("ko", "부산광역시").And("en", "Busan").And("de", "BUSAN"), Seed.Korea);
        _directory.Add(busan);

        _directory.FindByName("Busan").Should().Equal(busan);
    }

    [Fact]
    public void A_name_no_region_has_finds_an_empty_list()
    {
        _directory.FindByName("Pyongyang").Should().BeEmpty();
        _directory.FindByName("").Should().BeEmpty();
    }

    [Fact]
    public void Null_keys_are_refused()
    {
        var byName = () => _directory.FindByName(null!);
        var byKey = () => _directory.Resolve(null!);

        byName.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
        byKey.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("key");
    }

    private static Region Japan() => Region.CreateCountry(CountryCode.Parse("JP"), RegionNames.Of("ja", "日本"), "Asia/Tokyo");
}
