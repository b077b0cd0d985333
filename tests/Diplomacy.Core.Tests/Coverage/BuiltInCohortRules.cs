using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>The built-in cohorts are the sets registers ask about, by ISO 3166-2 code.</summary>
public sealed class BuiltInCohortRules
{
    [Fact]
    public void China_has_four_direct_administered_municipalities_Beijing_Tianjin_Shanghai_and_Chongqing()
    {
        BuiltInCohorts.ChinaDirectAdministeredMunicipalities.Members.Select(m => m.Key.Value)
            .Should().Equal("CN-BJ", "CN-TJ", "CN-SH", "CN-CQ");
    }

    [Fact]
    public void Each_of_the_seed_municipalities_is_a_member_of_the_built_in_cohort()
    {
        Seed.ChineseMunicipalities.Should().OnlyContain(region => BuiltInCohorts.ChinaDirectAdministeredMunicipalities.MemberFor(region) != null);
    }

    [Fact]
    public void China_has_34_province_level_divisions_and_the_four_municipalities_are_among_them()
    {
        var divisions = BuiltInCohorts.ChinaProvinceLevelDivisions;

        divisions.Count.Should().Be(34);
        Seed.ChineseMunicipalities.Should().OnlyContain(region => divisions.MemberFor(region) != null);
        divisions.Members.Select(m => m.Key.Value).Should().Contain(["CN-HK", "CN-MO", "CN-TW", "CN-XZ"]);
    }

    [Fact]
    public void Korea_has_17_first_level_divisions_and_Gyeonggi_is_one_of_them()
    {
        var divisions = BuiltInCohorts.KoreaFirstLevelDivisions;

        divisions.Count.Should().Be(17);
        divisions.MemberFor(Seed.Gyeonggi).Should().NotBeNull();
        divisions.MemberFor(Seed.Suwon).Should().BeNull();
    }

    [Fact]
    public void Japan_has_47_prefectures_from_Hokkaido_JP_01_to_Okinawa_JP_47()
    {
        var prefectures = BuiltInCohorts.JapanPrefectures;

        prefectures.Count.Should().Be(47);
        prefectures.Members[0].Key.Value.Should().Be("JP-01");
        prefectures.Members[^1].Key.Value.Should().Be("JP-47");
    }

    [Theory]
    [InlineData("CN-SH", "CN-31")]
    [InlineData("CN-BJ", "CN-11")]
    [InlineData("CN-HK", "CN-91")]
    [InlineData("CN-TW", "CN-71")]
    public void China_s_divisions_remember_the_numeric_codes_ISO_replaced_in_2017(string current, string former)
    {
        var member = BuiltInCohorts.ChinaProvinceLevelDivisions.Members.Single(m => m.Key.Value == current);

        member.FormerKeys.Should().Equal(new RegionId(former));
    }
}
