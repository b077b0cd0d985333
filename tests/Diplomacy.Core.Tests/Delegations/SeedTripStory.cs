using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// Gyeonggi Province's visit to Chongqing and Shanghai in September 2025, end to end: the seed story can be told
/// with the delegation model and the log answers its questions.
/// </summary>
/// <remarks>
/// The report gives days, not hours. The hours here are assumptions, chosen to be plausible: leaving Gyeonggi at
/// 09:00 on 22 September and back at 16:00 on 26 September (Seoul time); in Chongqing from 13:00 on the 22nd to 09:00
/// on the 24th, the Seventh Robotics visit at 10:00 and the MOU at 15:30 on the 23rd; in Shanghai from 12:00 on the
/// 24th to 11:00 on the 26th, Tencent at 10:00, the talks with Mayor Gong Zheng at 14:30, the MOU at 15:00 and the
/// books at 17:00 on the 25th (China time). That Ambassador Hong Sang-woo travelled is also assumed.
/// </remarks>
public sealed class SeedTripStory
{
    private static Delegation TheTrip()
    {
        var trip = Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"),
            Seed.Gyeonggi,
            "Cooperative governance diplomacy with China's direct-administered municipalities",
            new DelegationMember("Kim Dong-yeon", "Governor of Gyeonggi Province", MemberRole.Governor),
            At(2025, 9, 22, 9, 0),
            At(2025, 9, 26, 16, 0));
        trip.AddMember(new DelegationMember("Kim Jin-kyung", "Chair of the Gyeonggi Provincial Council", MemberRole.CouncilChair));
        trip.AddMember(new DelegationMember("Hong Sang-woo", "Ambassador for International Relations", MemberRole.AmbassadorForInternationalRelations));
        foreach (var (name, field) in new[]
        {
            ("NHN Cloud", OrganizationField.Cloud), ("Megazone Cloud", OrganizationField.Cloud),
            ("Hancom", OrganizationField.AiData), ("AIWorks", OrganizationField.AiData),
            ("A-Robot", OrganizationField.AiRobotics),
            ("Hypernology", OrganizationField.AiConvergenceSolutions),
            ("N.Dot.Light", OrganizationField.PhysicalAi), ("Daeil Research", OrganizationField.PhysicalAi),
            ("Initech", OrganizationField.AiSecurity),
        })
        {
            trip.AddOrganization(new Organization(name, field));
        }

        // Added out of order on purpose: the itinerary orders itself by real time.
        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 12, 0), At(2025, 9, 26, 11, 0));
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 13, 0), At(2025, 9, 24, 9, 0));

        trip.AddEngagement(Seed.Chongqing, new SiteVisit(At(2025, 9, 23, 10, 0), new Organization("Seventh Robotics, Liangjiang New Area", OrganizationField.Robotics)));
        trip.AddEngagement(Seed.Chongqing, new Signing(At(2025, 9, 23, 15, 30), "Gyeonggi Province–Chongqing Friendly Cooperation MOU", [Seed.Gyeonggi, Seed.Chongqing]));

        trip.AddEngagement(Seed.Shanghai, new SiteVisit(At(2025, 9, 25, 10, 0), new Organization("Tencent Shanghai office", OrganizationField.InternetServices)));
        trip.AddEngagement(Seed.Shanghai, new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Friendly cooperation"));
        trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), "Gyeonggi Province–Shanghai Friendly Cooperation MOU", [Seed.Gyeonggi, Seed.Shanghai]));
        trip.AddEngagement(Seed.Shanghai, new Gift(At(2025, 9, 25, 17, 0), "books by Korean authors, Han Kang's among them", 30, "Shanghai Library"));

        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Designate contact persons for culture, tourism and science and technology exchange", PartialDate.Unknown);
        trip.Commit(Seed.Shanghai, Seed.Gyeonggi, "Designate contact persons for culture, tourism and science and technology exchange", PartialDate.Unknown);
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair with Gyeonggi companies", PartialDate.InMonth(2025, 11));
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "The governor sends the mayor an invitation to visit Gyeonggi", PartialDate.Unknown);
        return trip;
    }

    [Fact]
    public void The_governor_leads_the_council_chair_and_the_nine_AI_Leaders_companies_in_six_fields()
    {
        var trip = TheTrip();

        trip.Head.Role.Should().Be(MemberRole.Governor);
        trip.Members.Select(member => member.Role).Should().Contain(MemberRole.CouncilChair);
        trip.Organizations.Should().HaveCount(9);
        trip.Organizations.Select(organization => organization.Field).Distinct().Should().HaveCount(6);
    }

    [Fact]
    public void The_trip_stops_in_Chongqing_then_in_Shanghai()
    {
        var trip = TheTrip();

        trip.Stops.Select(stop => stop.Place).Should().Equal(Seed.Chongqing, Seed.Shanghai);
        trip.Stops.Select(stop => stop.Days.Start).Should().Equal(On(2025, 9, 22), On(2025, 9, 24));
    }

    [Fact]
    public void In_Shanghai_Tencent_came_in_the_morning_then_the_talks_the_MOU_and_the_30_books()
    {
        var shanghai = TheTrip().Stops[1];

        shanghai.Engagements.Select(engagement => engagement.GetType()).Should().Equal(typeof(SiteVisit), typeof(Meeting), typeof(Signing), typeof(Gift));
        shanghai.Engagements.OfType<Gift>().Should().ContainSingle().Which.Should().Match<Gift>(gift => gift.Quantity == 30 && gift.Recipient == "Shanghai Library");
    }

    [Fact]
    public void Both_MOUs_were_signed_on_the_day_the_reports_give_in_local_time()
    {
        var trip = TheTrip();

        var signingDays = trip.Stops.SelectMany(stop => stop.Engagements.OfType<Signing>().Select(signing => (stop.Place, signing.At.Date)));

        signingDays.Should().Equal((Seed.Chongqing, On(2025, 9, 23)), (Seed.Shanghai, On(2025, 9, 25)));
    }

    [Fact]
    public void The_November_trade_fair_is_the_one_promise_overdue_on_the_first_of_December_if_still_open()
    {
        var trip = TheTrip();

        trip.CommitmentsOverdueOn(On(2025, 11, 30)).Should().BeEmpty();
        trip.CommitmentsOverdueOn(On(2025, 12, 1)).Should().ContainSingle().Which.What.Should().Contain("trade fair");
    }

    [Fact]
    public void The_log_sees_one_visit_out_to_each_municipality_and_the_last_exchange_with_Shanghai_on_the_26th()
    {
        var log = new DelegationLog();
        log.Record(TheTrip());
        var year = new DateInterval(On(2025, 1, 1), On(2025, 12, 31));

        log.VisitsPerPartner(year).Should().Equal(new PartnerVisits(Seed.Chongqing, 1, 0), new PartnerVisits(Seed.Shanghai, 1, 0));
        log.VisitsWith(Seed.China, year).Outbound.Should().Be(1);
        log.LastExchangeWith(Seed.Shanghai, On(2026, 1, 1)).Should().Be(On(2025, 9, 26));
        log.ExchangesWith(Seed.Beijing, year).Should().BeEmpty();
    }
}
