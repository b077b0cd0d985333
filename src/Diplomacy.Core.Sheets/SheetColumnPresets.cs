namespace Diplomacy.Core.Sheets;

/// <summary>
/// The headers public registers publish their sister-tie lists under, read without any mapping when the sheet lacks
/// the column's name in <see cref="SheetColumns"/>. Korea's public-data portal: 기관명 (the local government holding
/// the tie, the home), 도시명 and 국가명 (the partner and its country), 결연일자, 협정구분, 분야, 비고. Japan's lists (CLAIR
/// and prefectures): 自治体名 (the home), 提携先, 国名, 提携日.
/// </summary>
/// <remarks>
/// Properties, not static fields: a static initializer runs once, before a mutation test can switch a mutant on, so
/// the names would be out of reach of the tests that read them.
/// </remarks>
internal static class SheetColumnPresets
{
    public static string[] Home => ["기관명", "自治体名"];

    public static string[] Partner => ["도시명", "提携先"];

    public static string[] PartnerCountry => ["국가명", "国名"];

    public static string[] Kind => ["협정구분"];

    public static string[] Date => ["결연일자", "提携日"];

    public static string[] Fields => ["분야"];

    public static string[] Notes => ["비고"];
}
