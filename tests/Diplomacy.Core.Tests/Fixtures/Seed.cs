using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// The regions of the seed story (Gyeonggi Province's visit to China, September 2025), ready to use in
/// any test. Each property builds a fresh instance; regions are immutable, so sharing them is also safe.
/// </summary>
public static class Seed
{
    public static Region Korea { get; } = Region.CreateCountry(
        CountryCode.Parse("KR"),
        RegionNames.Of("ko", "대한민국").And("zh-Hans", "韩国").And("en", "South Korea"),
        "Asia/Seoul",
        WikidataId.Parse("Q884"));

    public static Region China { get; } = Region.CreateCountry(
        CountryCode.Parse("CN"),
        RegionNames.Of("zh-Hans", "中华人民共和国").And("ko", "중국").And("en", "China"),
        "Asia/Shanghai",
        WikidataId.Parse("Q148"));

    public static Region Gyeonggi { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("KR-41"),
        AdministrativeKind.Province,
        RegionNames.Of("ko", "경기도").And("zh-Hans", "京畿道").And("en", "Gyeonggi Province"),
        Korea,
        wikidataId: WikidataId.Parse("Q20937"));

    public static Region Suwon { get; } = Region.CreatePlace(
        new RegionId("KR-41-SUWON"),
        AdministrativeKind.City,
        RegionNames.Of("ko", "수원시").And("zh-Hans", "水原市").And("en", "Suwon"),
        Gyeonggi,
        wikidataId: WikidataId.Parse("Q41934"));

    public static Region Beijing { get; } = Municipality("CN-BJ", "CN-11", "北京市", "베이징시", "Beijing", "Q956");

    public static Region Tianjin { get; } = Municipality("CN-TJ", "CN-12", "天津市", "톈진시", "Tianjin", "Q11736");

    public static Region Shanghai { get; } = Municipality("CN-SH", "CN-31", "上海市", "상하이시", "Shanghai", "Q8686");

    public static Region Chongqing { get; } = Municipality("CN-CQ", "CN-50", "重庆市", "충칭시", "Chongqing", "Q11725");

    /// <summary>China's four direct-administered municipalities, in the order Beijing, Tianjin, Shanghai, Chongqing.</summary>
    public static IReadOnlyList<Region> ChineseMunicipalities { get; } = [Beijing, Tianjin, Shanghai, Chongqing];

    /// <summary>Every seed region, parents first.</summary>
    public static IReadOnlyList<Region> All { get; } = [Korea, China, Gyeonggi, Suwon, Beijing, Tianjin, Shanghai, Chongqing];

    /// <summary>A directory holding every seed region.</summary>
    public static RegionDirectory Directory()
    {
        var directory = new RegionDirectory();
        directory.AddRange(All);
        return directory;
    }

    private static Region Municipality(string code, string formerCode, string chinese, string korean, string english, string wikidataId) =>
        Region.CreateSubdivision(
            SubdivisionCode.Parse(code),
            AdministrativeKind.DirectAdministeredMunicipality,
            RegionNames.Of("zh-Hans", chinese).And("ko", korean).And("en", english),
            China,
            wikidataId: WikidataId.Parse(wikidataId),
            formerCodes: [SubdivisionCode.Parse(formerCode)]);
}
