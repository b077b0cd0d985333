using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.CalendarFeed.Tests;

/// <summary>Gyeonggi's register for the feed tests: the story's Shanghai MOU with a three-year term, and its visit to China.</summary>
internal static class Home
{
    public static Region Korea { get; } = Region.CreateCountry(
        CountryCode.Parse("KR"), RegionNames.Of("ko", "대한민국").And("en", "South Korea"), "Asia/Seoul");

    public static Region China { get; } = Region.CreateCountry(
        CountryCode.Parse("CN"), RegionNames.Of("zh-Hans", "中国").And("ko", "중국").And("en", "China"), "Asia/Shanghai");

    public static Region Gyeonggi { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("KR-41"), AdministrativeKind.Province, RegionNames.Of("ko", "경기도").And("en", "Gyeonggi Province"), Korea);

    public static Region Shanghai { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("zh-Hans", "上海市").And("ko", "상하이시").And("en", "Shanghai"), China);

    public static Region Tianjin { get; } = Region.CreateSubdivision(
        SubdivisionCode.Parse("CN-TJ"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("zh-Hans", "天津市").And("ko", "톈진시").And("en", "Tianjin"), China);

    public static Instant WrittenAt { get; } = Instant.FromUtc(2026, 12, 5, 9, 0);

    public static Register Register()
    {
        var register = Core.Portfolio.Register.Open();
        register.AddRegions([Korea, China, Gyeonggi, Shanghai, Tianjin]);
        register.Add(Agreement.Sign(
            new AgreementId("GG-SH-2025"), AgreementKind.CooperationMemorandum, [Gyeonggi, Shanghai], new LocalDate(2025, 9, 25),
            new SigningDetails { Term = AgreementTerm.OfYears(3) }));
        register.Add(Agreement.Sign(
            new AgreementId("GG/TJ 2015"), AgreementKind.Friendship, [Gyeonggi, Tianjin], PartialDate.InMonth(2015, 10),
            title: "Gyeonggi–Tianjin friendship"));
        var trip = Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"), Gyeonggi, "Cooperation with China's municipalities",
            new DelegationMember("Kim Dong-yeon", "Governor", MemberRole.Governor), new LocalDateTime(2025, 9, 22, 9, 0), new LocalDateTime(2025, 9, 26, 14, 0));
        trip.AddStop(Shanghai, new LocalDateTime(2025, 9, 24, 10, 0), new LocalDateTime(2025, 9, 25, 18, 0));
        trip.Commit(Gyeonggi, Shanghai, "Send an invitation", PartialDate.InMonth(2025, 11));
        register.Record(trip);
        return register;
    }

    public static DateInterval Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));
}
