using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>The seed story's regions are modelled as the report describes them: Gyeonggi-do and China's four direct-administered municipalities.</summary>
public sealed class SeedRegions
{
    [Fact]
    public void Gyeonggi_is_Korean_province_KR_41_on_Korea_Standard_Time()
    {
        var gyeonggi = Seed.Directory().Find(SubdivisionCode.Parse("KR-41"));

        gyeonggi.Should().NotBeNull();
        gyeonggi!.Kind.Should().Be(AdministrativeKind.Province);
        gyeonggi.Country.Should().Be(Seed.Korea);
        gyeonggi.TimeZone.Id.Should().Be("Asia/Seoul");
        gyeonggi.WikidataId.Should().Be(WikidataId.Parse("Q20937"));
    }

    [Theory]
    [InlineData("CN-BJ", "CN-11", "北京市", "베이징시", "Beijing")]
    [InlineData("CN-TJ", "CN-12", "天津市", "톈진시", "Tianjin")]
    [InlineData("CN-SH", "CN-31", "上海市", "상하이시", "Shanghai")]
    [InlineData("CN-CQ", "CN-50", "重庆市", "충칭시", "Chongqing")]
    public void Each_of_Chinas_four_municipalities_is_found_by_both_codes_and_named_in_Chinese_Korean_and_English(
        string code, string formerCode, string chinese, string korean, string english)
    {
        var directory = Seed.Directory();

        var municipality = directory.Find(SubdivisionCode.Parse(code))!;

        directory.Find(SubdivisionCode.Parse(formerCode)).Should().BeSameAs(municipality);
        municipality.Kind.Should().Be(AdministrativeKind.DirectAdministeredMunicipality);
        municipality.IsMunicipality.Should().BeTrue();
        municipality.IsFirstLevelDivision.Should().BeTrue();
        municipality.TimeZone.Id.Should().Be("Asia/Shanghai");
        municipality.Names.In("zh-Hans").Should().Be(chinese);
        municipality.Names.In("ko").Should().Be(korean);
        municipality.Names.In("en").Should().Be(english);
    }

    [Fact]
    public void China_has_exactly_the_four_direct_administered_municipalities_in_the_seed()
    {
        Seed.Directory().ChildrenOf(Seed.China)
            .Where(region => region.Kind == AdministrativeKind.DirectAdministeredMunicipality)
            .Should().Equal(Seed.Beijing, Seed.Tianjin, Seed.Shanghai, Seed.Chongqing);
    }
}
