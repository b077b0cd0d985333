using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A region comes from the catalog by its code, a former code or a name in any language.</summary>
public sealed class CatalogLookup
{
    [Fact]
    public void A_subdivision_code_gives_the_region_with_its_names_zone_kind_and_parent()
    {
        var gyeonggi = Catalog.Region("KR-41");

        gyeonggi.SubdivisionCode.Should().Be(SubdivisionCode.Parse("KR-41"));
        gyeonggi.Names.In("ko").Should().Be("경기도");
        gyeonggi.Names.In("en").Should().Be("Gyeonggi");
        gyeonggi.Kind.Should().Be(AdministrativeKind.Province);
        gyeonggi.TimeZone.Id.Should().Be("Asia/Seoul");
        gyeonggi.Parent.Should().Be(Catalog.Region("KR"));
    }

    [Theory]
    [InlineData("CN-31", "CN-SH")]
    [InlineData("cn-31", "CN-SH")]
    [InlineData("CN-15", "CN-NM")] // CLDR 48 points cn15 at a code it does not hold; the repository's table corrects it
    [InlineData("CN-91", "CN-HK")] // CLDR's "overlong" alias points at the country HK, which is also CN-HK
    [InlineData(" KR-41 ", "KR-41")]
    public void A_former_code_finds_the_region_that_holds_it_now(string code, string current)
    {
        Catalog.Region(code).Id.Value.Should().Be(current);
    }

    [Fact]
    public void The_same_code_gives_the_same_instance()
    {
        Catalog.Region("CN-31").Should().BeSameAs(Catalog.Region("cn-sh"));
    }

    [Theory]
    [InlineData("XX-99")]
    [InlineData("")]
    [InlineData("KR-4")]
    public void An_unknown_code_is_found_nowhere_and_refused_by_name(string code)
    {
        Catalog.Find(code).Should().BeNull();
        var refused = () => Catalog.Region(code);
        refused.Should().Throw<ArgumentException>().Which.Should().Match<ArgumentException>(e => e.ParamName == "code" && e.Message.Contains($"'{code}'"));
    }

    [Fact]
    public void Typed_codes_find_their_regions_and_default_codes_find_none()
    {
        Catalog.Find(CountryCode.Parse("JP"))!.Names.In("ja").Should().Be("日本");
        Catalog.Find(SubdivisionCode.Parse("JP-13"))!.Names.In("ja").Should().Be("東京都");
        Catalog.Find(default(CountryCode)).Should().BeNull();
        Catalog.Find(default(SubdivisionCode)).Should().BeNull();
    }

    [Theory]
    [InlineData("경기도", "KR-41")]
    [InlineData("上海市", "CN-SH")]
    [InlineData("ｔｏｋｙｏ", "JP-13")]
    [InlineData("  Gyeonggi ", "KR-41")]
    public void A_name_in_any_language_finds_the_region_ignoring_case_and_width(string name, string code)
    {
        Catalog.FindByName(name).Should().Contain(Catalog.Region(code));
    }

    [Fact]
    public void A_name_no_region_has_finds_nothing()
    {
        Catalog.FindByName("Atlantis of the North").Should().BeEmpty();
    }

    [Fact]
    public void The_catalog_finds_by_name_what_a_directory_filled_from_it_finds()
    {
        var directory = new RegionDirectory();
        Catalog.AddTo(directory, "KR", withDescendants: true);

        foreach (var name in new[] { "경기도", "Seoul", "서울특별시", "Jeju" })
        {
            Catalog.FindByName(name).Where(r => r.Country?.CountryCode == CountryCode.Parse("KR"))
                .Should().Equal(directory.FindByName(name), name);
        }
    }

    [Theory]
    [InlineData("Provincia de Cordoba", "AR-X", "AR")]   // Córdoba typed without its accent
    [InlineData("ZURICH", "CH-ZH", "CH")]               // Zürich in capitals, without the umlaut
    public void The_catalog_finds_a_name_as_people_type_it_as_a_directory_does(string typed, string code, string country)
    {
        var directory = new RegionDirectory();
        Catalog.AddTo(directory, country, withDescendants: true);

        Catalog.FindByName(typed).Should().Contain(Catalog.Region(code));
        directory.FindByName(typed).Should().Contain(Catalog.Region(code));
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        ((Action)(() => Catalog.Region(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
        ((Action)(() => Catalog.FindByName(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
        ((Action)(() => Catalog.ChildrenOf(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parent");
        ((Action)(() => Catalog.TimeZoneIdOf(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
        ((Action)(() => Catalog.AddTo(null!, "KR"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("directory");
        ((Action)(() => Catalog.AddAllTo(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("directory");
    }
}
