using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>
/// The embedded data read afresh (not the shared instance every other test reads) holds every entry, its
/// codes, parent, children, zone and names, and its name index finds them.
/// </summary>
public sealed class CatalogDataReadAfresh
{
    private readonly CatalogData _data = CatalogData.Load();

    [Fact]
    public void It_holds_every_country_and_subdivision_once()
    {
        _data.Count.Should().Be(250 + 5046);
        _data.Countries.Should().HaveCount(250);
        _data.CodeAt(0).Should().Be("AD"); // the first line after the comments
        _data.CodeAt(_data.Count - 1).Should().Be("ZW-MW"); // the last line
    }

    [Fact]
    public void The_first_country_has_its_divisions_and_is_not_one_of_them()
    {
        _data.Countries.Should().Contain(0);
        _data.ChildrenAt(0).Select(_data.CodeAt).Should().HaveCount(7).And.OnlyContain(code => code.StartsWith("AD-", StringComparison.Ordinal));
        _data.ChildrenAt(_data.IndexOf("AD-02")).Should().BeEmpty();
        _data.Countries.Should().NotContain(_data.IndexOf("AD-02"));
    }

    [Fact]
    public void A_former_code_and_the_current_one_are_the_same_entry()
    {
        _data.IndexOf("CN-31").Should().Be(_data.IndexOf("CN-SH")).And.BeGreaterThan(0);
        _data.IndexOf("XX-99").Should().Be(-1);
        _data.RegionAt(_data.IndexOf("CN-SH")).FormerSubdivisionCodes.Should().Equal(SubdivisionCode.Parse("CN-31"));
    }

    [Fact]
    public void Zones_and_kinds_are_read_and_a_country_with_none_runs_on_UTC()
    {
        _data.ZoneAt(0).Should().Be("Europe/Andorra");
        _data.KindAt(_data.IndexOf("KR-11")).Should().Be(AdministrativeKind.SpecialCity);
        _data.KindAt(_data.IndexOf("GB-ENG")).Should().BeNull();
        _data.ZoneAt(_data.IndexOf("AQ")).Should().BeNull();
        _data.RegionAt(_data.IndexOf("AQ")).TimeZone.Id.Should().Be("Etc/UTC");
        _data.RegionAt(_data.IndexOf("GB-BIR")).Ancestors.Select(a => a.Id.Value).Should().Equal("GB-ENG", "GB");
    }

    [Theory]
    [InlineData("경기도", "KR-41")]
    [InlineData("Andorra", "AD")]
    [InlineData("Zimbabwe", "ZW")]
    [InlineData("東京都", "JP-13")]
    [InlineData("Mashonaland West", "ZW-MW")]
    public void Its_name_index_finds_every_region_by_any_of_its_names(string name, string code)
    {
        new NameIndex(_data).Find(name).Select(r => r.Id.Value).Should().Contain(code);
    }
}
