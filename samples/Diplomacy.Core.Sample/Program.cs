using Diplomacy.Core.Geography;

// The seed story: in September 2025 Gyeonggi Province (Korea) visited China and signed MOUs with
// Chongqing and Shanghai. First, the places it happened in.
var korea = Region.CreateCountry(
    CountryCode.Parse("KR"),
    RegionNames.Of("ko", "대한민국").And("zh-Hans", "韩国").And("en", "South Korea"),
    "Asia/Seoul");
var china = Region.CreateCountry(
    CountryCode.Parse("CN"),
    RegionNames.Of("zh-Hans", "中华人民共和国").And("ko", "중국").And("en", "China"),
    "Asia/Shanghai");
var gyeonggi = Region.CreateSubdivision(
    SubdivisionCode.Parse("KR-41"),
    AdministrativeKind.Province,
    RegionNames.Of("ko", "경기도").And("zh-Hans", "京畿道").And("en", "Gyeonggi Province"),
    korea,
    wikidataId: WikidataId.Parse("Q20937"));

// China's four direct-administered municipalities: cities at province level. ISO replaced their
// numeric codes (CN-31 for Shanghai) with letters in 2017; the old codes still find them.
Region Municipality(string code, string formerCode, string chinese, string korean, string english) =>
    Region.CreateSubdivision(
        SubdivisionCode.Parse(code),
        AdministrativeKind.DirectAdministeredMunicipality,
        RegionNames.Of("zh-Hans", chinese).And("ko", korean).And("en", english),
        china,
        formerCodes: [SubdivisionCode.Parse(formerCode)]);

var beijing = Municipality("CN-BJ", "CN-11", "北京市", "베이징시", "Beijing");
var tianjin = Municipality("CN-TJ", "CN-12", "天津市", "톈진시", "Tianjin");
var shanghai = Municipality("CN-SH", "CN-31", "上海市", "상하이시", "Shanghai");
var chongqing = Municipality("CN-CQ", "CN-50", "重庆市", "충칭시", "Chongqing");

var directory = new RegionDirectory();
directory.AddRange([korea, china, gyeonggi, beijing, tianjin, shanghai, chongqing]);

Console.WriteLine("== The places of the story ==");
foreach (var region in directory.Regions)
{
    var level = region.IsCountry ? "country" : region.IsFirstLevelDivision ? "first-level division" : "place";
    var city = region.IsMunicipality ? ", municipality" : string.Empty;
    Console.WriteLine(
        $"{region.Id,-6} {region.Names.In("en"),-18} ko: {region.Names.In("ko"),-8} zh-Hans: {region.Names.In("zh-Hans"),-10} " +
        $"zone: {region.TimeZone.Id} ({level}{city})");
}

Console.WriteLine();
Console.WriteLine($"CN-31 (Shanghai's code before 2017) finds: {directory.Find(SubdivisionCode.Parse("CN-31"))}");
Console.WriteLine($"The name \"상하이시\" finds: {string.Join(", ", directory.FindByName("상하이시"))}");
