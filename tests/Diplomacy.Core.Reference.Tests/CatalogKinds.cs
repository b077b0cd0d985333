using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>The administrative kind is the one ISO 3166-2 gives; a kind no source gives is Other.</summary>
public sealed class CatalogKinds
{
    [Theory]
    [InlineData("CN-GD", AdministrativeKind.Province)]
    [InlineData("CN-TW", AdministrativeKind.Province)] // as ISO 3166-2:CN lists it
    [InlineData("CN-XZ", AdministrativeKind.AutonomousRegion)]
    [InlineData("CN-SH", AdministrativeKind.DirectAdministeredMunicipality)]
    [InlineData("CN-HK", AdministrativeKind.SpecialAdministrativeRegion)]
    [InlineData("KR-11", AdministrativeKind.SpecialCity)]
    [InlineData("KR-26", AdministrativeKind.MetropolitanCity)]
    [InlineData("KR-50", AdministrativeKind.SpecialSelfGoverningCity)]
    [InlineData("KR-49", AdministrativeKind.SpecialSelfGoverningProvince)]
    [InlineData("KR-42", AdministrativeKind.SpecialSelfGoverningProvince)] // Gangwon State since 2023
    [InlineData("KR-41", AdministrativeKind.Province)]
    [InlineData("JP-13", AdministrativeKind.Prefecture)] // to: the core has one kind for to, do, fu and ken
    [InlineData("JP-01", AdministrativeKind.Prefecture)]
    [InlineData("US-TX", AdministrativeKind.State)]
    [InlineData("GB-ENG", AdministrativeKind.Other)]
    public void A_division_has_the_kind_ISO_3166_2_gives_it(string code, AdministrativeKind kind)
    {
        Catalog.Region(code).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("KR")]
    [InlineData("CN")]
    [InlineData("JP")]
    public void Every_first_level_division_of_Korea_China_and_Japan_has_a_known_kind(string country)
    {
        Catalog.ChildrenOf(Catalog.Region(country)).Should().NotContain(r => r.Kind == AdministrativeKind.Other);
    }

    [Fact]
    public void China_s_four_direct_administered_municipalities_are_municipalities_at_province_level()
    {
        var municipalities = Catalog.ChildrenOf(Catalog.Region("CN")).Where(r => r.Kind == AdministrativeKind.DirectAdministeredMunicipality);

        municipalities.Select(r => r.Id.Value).Should().BeEquivalentTo("CN-BJ", "CN-TJ", "CN-SH", "CN-CQ");
        municipalities.Should().OnlyContain(r => r.IsMunicipality && r.IsFirstLevelDivision);
    }
}
