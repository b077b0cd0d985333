using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sample;

/// <summary>The places of the story: Korea and Gyeonggi-do, China and its four direct-administered municipalities.</summary>
internal sealed class Places
{
    public Places()
    {
        Korea = Region.CreateCountry(
            CountryCode.Parse("KR"),
            RegionNames.Of("ko", "대한민국").And("zh-Hans", "韩国").And("en", "South Korea"),
            "Asia/Seoul");
        China = Region.CreateCountry(
            CountryCode.Parse("CN"),
            RegionNames.Of("zh-Hans", "中华人民共和国").And("ko", "중국").And("en", "China"),
            "Asia/Shanghai");
        Gyeonggi = Region.CreateSubdivision(
            SubdivisionCode.Parse("KR-41"),
            AdministrativeKind.Province,
            RegionNames.Of("ko", "경기도").And("zh-Hans", "京畿道").And("en", "Gyeonggi Province"),
            Korea,
            wikidataId: WikidataId.Parse("Q20937"));

        // Cities at province level. ISO replaced their numeric codes (CN-31 for Shanghai) with letters in 2017;
        // the old codes still find them.
        Beijing = Municipality("CN-BJ", "CN-11", "北京市", "베이징시", "Beijing");
        Tianjin = Municipality("CN-TJ", "CN-12", "天津市", "톈진시", "Tianjin");
        Shanghai = Municipality("CN-SH", "CN-31", "上海市", "상하이시", "Shanghai");
        Chongqing = Municipality("CN-CQ", "CN-50", "重庆市", "충칭시", "Chongqing");
    }

    public Region Korea { get; }

    public Region China { get; }

    public Region Gyeonggi { get; }

    public Region Beijing { get; }

    public Region Tianjin { get; }

    public Region Shanghai { get; }

    public Region Chongqing { get; }

    public IReadOnlyList<Region> All => [Korea, China, Gyeonggi, Beijing, Tianjin, Shanghai, Chongqing];

    private Region Municipality(string code, string formerCode, string chinese, string korean, string english) =>
        Region.CreateSubdivision(
            SubdivisionCode.Parse(code),
            AdministrativeKind.DirectAdministeredMunicipality,
            RegionNames.Of("zh-Hans", chinese).And("ko", korean).And("en", english),
            China,
            formerCodes: [SubdivisionCode.Parse(formerCode)]);
}
