using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Sample;

/// <summary>
/// The visit itself. The report gives days; the hours are this sample's assumptions (local time at each place).
/// </summary>
internal static class Trip
{
    public static Delegation Of(Places places, Ties ties)
    {
        var trip = Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"),
            places.Gyeonggi,
            "Cooperative governance diplomacy with China's direct-administered municipalities",
            new DelegationMember("Kim Dong-yeon", "Governor of Gyeonggi Province", MemberRole.Governor),
            leavesHome: new LocalDateTime(2025, 9, 22, 9, 0),
            returnsHome: new LocalDateTime(2025, 9, 26, 16, 0));

        // The executive and the legislature travel together.
        trip.AddMember(new DelegationMember("Kim Jin-kyung", "Chair of the Gyeonggi Provincial Council", MemberRole.CouncilChair));
        trip.AddMember(new DelegationMember("Hong Sang-woo", "Ambassador for International Relations", MemberRole.AmbassadorForInternationalRelations));
        foreach (var (name, field) in new[]
        {
            ("NHN Cloud", OrganizationField.Cloud), ("Megazone Cloud", OrganizationField.Cloud),
            ("Hancom", OrganizationField.AiData), ("AIWorks", OrganizationField.AiData),
            ("A-Robot", OrganizationField.AiRobotics), ("Hypernology", OrganizationField.AiConvergenceSolutions),
            ("N.Dot.Light", OrganizationField.PhysicalAi), ("Daeil Research", OrganizationField.PhysicalAi),
            ("Initech", OrganizationField.AiSecurity),
        })
        {
            trip.AddOrganization(new Organization(name, field));
        }

        trip.AddStop(places.Chongqing, new LocalDateTime(2025, 9, 22, 13, 0), new LocalDateTime(2025, 9, 24, 9, 0));
        trip.AddStop(places.Shanghai, new LocalDateTime(2025, 9, 24, 12, 0), new LocalDateTime(2025, 9, 26, 11, 0));

        trip.AddEngagement(places.Chongqing, new SiteVisit(
            new LocalDateTime(2025, 9, 23, 10, 0), new Organization("Seventh Robotics, Liangjiang New Area", OrganizationField.Robotics)));
        trip.AddEngagement(places.Chongqing, new Signing(new LocalDateTime(2025, 9, 23, 15, 30), ties.Chongqing));

        trip.AddEngagement(places.Shanghai, new SiteVisit(
            new LocalDateTime(2025, 9, 25, 10, 0), new Organization("Tencent Shanghai office", OrganizationField.InternetServices)));
        trip.AddEngagement(places.Shanghai, new Meeting(
            new LocalDateTime(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Friendly cooperation"));
        trip.AddEngagement(places.Shanghai, new Signing(new LocalDateTime(2025, 9, 25, 15, 0), ties.Shanghai));
        trip.AddEngagement(places.Shanghai, new Gift(
            new LocalDateTime(2025, 9, 25, 17, 0), "books by Korean authors, Han Kang's among them", 30, "Shanghai Library"));

        // What was promised in Shanghai. "Soon" and "on his return" name no day: the due date is unknown.
        trip.Commit(places.Gyeonggi, places.Shanghai, "Designate contact persons for culture, tourism and science and technology", PartialDate.Unknown);
        trip.Commit(places.Shanghai, places.Gyeonggi, "Designate contact persons for culture, tourism and science and technology", PartialDate.Unknown);
        trip.Commit(places.Gyeonggi, places.Shanghai, "Take part in Shanghai's trade fair with Gyeonggi companies", PartialDate.InMonth(2025, 11));
        trip.Commit(places.Gyeonggi, places.Shanghai, "The governor sends the mayor an invitation to visit Gyeonggi", PartialDate.Unknown);
        return trip;
    }
}
