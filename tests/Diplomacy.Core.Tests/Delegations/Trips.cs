using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// Delegations and places for the delegation tests: a plain outbound trip from Gyeonggi to China in the week of
/// the seed visit, and places the seed does not hold (Seoul, Pudong, Prague with its daylight-saving clock).
/// </summary>
internal static class Trips
{
    public static Region Seoul { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("KR-11"), AdministrativeKind.SpecialCity, RegionNames.Of("ko", "서울특별시").And("en", "Seoul"), Seed.Korea);

    public static Region Pudong { get; } = Region.CreatePlace(
        new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("zh-Hans", "浦东新区").And("en", "Pudong"), Seed.Shanghai);

    public static Region Czechia { get; } = Region.CreateCountry(
        CountryCode.Parse("CZ"), RegionNames.Of("cs", "Česko").And("en", "Czechia"), "Europe/Prague");

    public static Region Prague { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("CZ-10"), AdministrativeKind.City, RegionNames.Of("cs", "Praha").And("en", "Prague"), Czechia);

    public static DelegationMember Governor { get; } = new("Kim Dong-yeon", "Governor of Gyeonggi Province", MemberRole.Governor);

    /// <summary>Gyeonggi's delegation out to China, leaving 2025-09-22 09:00 and back 2025-09-26 14:00 (Seoul time), no stops yet.</summary>
    public static Delegation GyeonggiToChina(string id = "GG-2025-CN") => Delegation.PlanOutbound(
        new DelegationId(id), Seed.Gyeonggi, "Cooperation with China's municipalities", Governor, At(2025, 9, 22, 9, 0), At(2025, 9, 26, 14, 0));

    /// <summary>Shanghai's delegation to Gyeonggi, in Gyeonggi from 2025-11-10 10:00 to 2025-11-12 18:00 (Seoul time), no stops yet.</summary>
    public static Delegation ShanghaiToGyeonggi(string id = "SH-2025-GG") => Delegation.PlanInbound(
        new DelegationId(id), Seed.Gyeonggi, Seed.Shanghai, "Return visit", new DelegationMember("Gong Zheng", "Mayor of Shanghai", MemberRole.Mayor),
        At(2025, 11, 10, 10, 0), At(2025, 11, 12, 18, 0));

    /// <summary>The year of the seed visit, both ends inclusive.</summary>
    public static DateInterval Year2025 { get; } = new(On(2025, 1, 1), On(2025, 12, 31));

    public static LocalDateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute);

    public static LocalDate On(int year, int month, int day) => new(year, month, day);

    /// <summary>A company that takes part in engagements in Shanghai.</summary>
    public static Organization Tencent { get; } = new("Tencent Shanghai office", OrganizationField.InternetServices);

    /// <summary>Gyeonggi's delegation to China with a stop in Chongqing (2025-09-22 12:00 to 09-24 10:00) and one in Shanghai (09-24 13:00 to 09-26 10:00).</summary>
    public static Delegation TripWithShanghaiStop()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));
        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));
        return trip;
    }

    /// <summary>Gyeonggi's delegation to China with one open commitment: Gyeonggi owes Shanghai taking part in its trade fair, due in November 2025.</summary>
    public static Delegation TripWithTradeFairCommitment()
    {
        var trip = GyeonggiToChina();
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", PartialDate.InMonth(2025, 11));
        return trip;
    }
}
