using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>The seed's regions with Japan and Osaka, so that the statistics have two partner countries.</summary>
internal static class StatisticsRegions
{
    public static Region Japan { get; } = Region.CreateCountry(CountryCode.Parse("JP"), RegionNames.Of("ja", "日本").And("en", "Japan").And("ko", "일본"), "Asia/Tokyo");

    public static Region Osaka { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("JP-27"), AdministrativeKind.Prefecture, RegionNames.Of("ja", "大阪府").And("en", "Osaka").And("ko", "오사카부"), Japan);

    public static Region Nowhere { get; } = Region.CreatePlace(
        new RegionId("NOWHERE"), AdministrativeKind.Other, RegionNames.Of("en", "A place of no known country"), parent: null, "UTC");

    public static LocalDate Day { get; } = new(2025, 12, 31);

    public static Register Empty()
    {
        var register = SeedRegister.Empty();
        register.AddRegions([Japan, Osaka, Nowhere]);
        return register;
    }
}
