using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>
/// The seed story (Gyeonggi Province's visit to China, September 2025) as one register that uses every fact the
/// document stores: every kind of region, of event, of date, a retraction, sources on events, a distinct duplicate,
/// and a delegation with every kind of engagement and commitment. Built fresh on each call.
/// </summary>
public static class StoryRegister
{
    public static Register Build()
    {
        var korea = Region.CreateCountry(
            CountryCode.Parse("KR"), RegionNames.Of("ko", "대한민국").And("zh-Hans", "韩国").And("en", "South Korea"), "Asia/Seoul", WikidataId.Parse("Q884"));
        var china = Region.CreateCountry(
            CountryCode.Parse("CN"), RegionNames.Of("zh-Hans", "中华人民共和国").And("ko", "중국").And("en", "China"), "Asia/Shanghai", WikidataId.Parse("Q148"));
        var gyeonggi = Region.CreateSubdivision(
            SubdivisionCode.Parse("KR-41"), AdministrativeKind.Province,
            RegionNames.Of("ko", "경기도").And("zh-Hans", "京畿道").And("en", "Gyeonggi Province"), korea, wikidataId: WikidataId.Parse("Q20937"));
        var suwon = Region.CreatePlace(
            new RegionId("KR-41-SUWON"), AdministrativeKind.City, RegionNames.Of("ko", "수원시").And("en", "Suwon"), gyeonggi);
        var shanghai = Municipality("CN-SH", "CN-31", "上海市", "Shanghai", "Q8686", china);
        var tianjin = Municipality("CN-TJ", "CN-12", "天津市", "Tianjin", "Q11736", china);
        var chongqing = Municipality("CN-CQ", "CN-50", "重庆市", "Chongqing", "Q11725", china);
        var pudong = Region.CreatePlace(
            new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("zh-Hans", "浦东新区").And("en", "Pudong"), shanghai);
        var liaoning = Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-LN"), AdministrativeKind.Province, RegionNames.Of("zh-Hans", "辽宁省").And("en", "Liaoning"), china, "Asia/Shanghai");

        var register = Register.Open();
        register.AddRegions([korea, china, gyeonggi, suwon, shanghai, tianjin, chongqing, pudong, liaoning]);

        var shanghaiMou = Agreement.Sign(
            new AgreementId("GG-SH-2025"),
            AgreementKind.CooperationMemorandum,
            [new Party(gyeonggi, "Gyeonggi Provincial Government"), new Party(shanghai, "Shanghai Municipal People's Government")],
            new LocalDate(2025, 9, 25),
            new SigningDetails
            {
                Place = shanghai,
                Ceremony = new LocalDateTime(2025, 9, 25, 10, 30).InZoneStrictly(shanghai.TimeZone),
                Term = AgreementTerm.OfYears(3),
                Signatories = [new Signatory("Kim Dong-yeon", "Governor", gyeonggi), new Signatory("Gong Zheng", "Mayor", shanghai)],
            },
            "Gyeonggi Province–Shanghai Friendly Cooperation MOU",
            [CooperationField.Culture, CooperationField.Tourism, CooperationField.Of("semiconductor supply chains")]);
        shanghaiMou.AddContactPerson(new ContactPerson("Lee Ji-eun", gyeonggi, CooperationField.Culture, "Director of International Cooperation"));
        shanghaiMou.AddContactPerson(new ContactPerson("Wang Fang", shanghai));
        shanghaiMou.AddSource(SourceReference.FromUrl(new Uri("https://www.gg.go.kr/news/2025-09-25"), "Gyeonggi press release, 25 September 2025"));
        shanghaiMou.AddSource(SourceReference.FromCitation("Shanghai Foreign Affairs Office, annual report 2025"), shanghaiMou.History[0]);
        shanghaiMou.AddNote("Signed during the governor's visit to China.");

        var tianjinMou = Agreement.Sign(
            new AgreementId("GG-TJ"), AgreementKind.CooperationMemorandum, [gyeonggi, tianjin], PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)));

        var chongqingMou = Agreement.Propose(
            new AgreementId("GG-CQ"), AgreementKind.LetterOfIntent, [gyeonggi, chongqing], PartialDate.InMonth(2025, 6));
        chongqingMou.Sign(new LocalDate(2025, 9, 23), new SigningDetails { EntersIntoForceOnSigning = false, Term = AgreementTerm.Until(new LocalDate(2030, 12, 31)) });
        chongqingMou.EnterIntoForce(PartialDate.Between(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 15)));
        chongqingMou.Upgrade(PartialDate.InYear(2027), AgreementKind.CooperationMemorandum);

        var sister = Agreement.Sign(
            new AgreementId("GG-LN-1993"), AgreementKind.Friendship, [gyeonggi, liaoning], PartialDate.InMonth(1993, 10),
            new SigningDetails { Term = new AgreementTerm(Period.FromYears(5), renewsAutomatically: true) });
        sister.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic, "Exchanges paused for COVID-19.");
        sister.Resume(PartialDate.OnOrAfter(new LocalDate(2022, 6, 1)));
        sister.Upgrade(new LocalDate(2023, 10, 5), AgreementKind.SisterCity);
        var mistaken = sister.History[^1];
        sister.AddSource(SourceReference.FromCitation("A newspaper that confused two provinces"), mistaken);
        sister.Retract(mistaken, "The upgrade was Liaoning's tie with another province.");
        sister.Renew(new LocalDate(2024, 1, 10), new AgreementTerm(Period.FromMonths(30)));

        var suwonTie = Agreement.Sign(
            new AgreementId("SW-PD-2001"), AgreementKind.SisterCity, [suwon, pudong], PartialDate.InYear(2001));
        suwonTie.Terminate(new LocalDate(2010, 12, 31), pudong, "Replaced by Shanghai's own tie.");
        var earlier = Agreement.Sign(new AgreementId("SW-PD-1999"), AgreementKind.SisterCity, [suwon, pudong, shanghai], new LocalDate(1999, 4, 2));
        earlier.Withdraw(new LocalDate(2003, 3, 1), pudong, "Pudong left the three-way tie.");
        var replaced = Agreement.Sign(new AgreementId("GG-TJ-2010"), AgreementKind.Friendship, [gyeonggi, tianjin], PartialDate.Unknown);
        replaced.Supersede(new LocalDate(2015, 5, 5), new AgreementId("GG-TJ"));
        var duplicate = Agreement.Sign(
            new AgreementId("GG-SH-2025-B"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai], new LocalDate(2025, 9, 25), title: "Bilingual counterpart text");

        register.Add(shanghaiMou);
        register.Add(tianjinMou);
        register.Add(chongqingMou);
        register.Add(sister);
        register.Add(earlier);
        register.Add(suwonTie);
        register.Add(replaced);
        register.AddDistinct(duplicate);

        var visit = Delegation.PlanOutbound(
            new DelegationId("GG-2025-CN"), gyeonggi, "Cooperation with Chinese municipalities",
            new DelegationMember("Kim Dong-yeon", "Governor", MemberRole.Governor),
            new LocalDateTime(2025, 9, 21, 8, 0), new LocalDateTime(2025, 9, 27, 22, 0));
        visit.AddMember(new DelegationMember("Park Min-ho", "Director of AI policy", MemberRole.Official));
        visit.AddMember(new DelegationMember("Choi Seo-yeon", "Chief executive", new MemberRole("start-up founder")));
        visit.AddOrganization(new Organization("Gyeonggi Business & Science Accelerator", OrganizationField.ArtificialIntelligence));
        visit.AddOrganization(new Organization("Korea Tourism Organization"));
        visit.AddStop(tianjin, new LocalDateTime(2025, 9, 21, 11, 0), new LocalDateTime(2025, 9, 22, 18, 0));
        visit.AddEngagement(tianjin, new Meeting(new LocalDateTime(2025, 9, 22, 10, 0), [new Counterpart("Chen Min'er", "Party Secretary")], "Hydrogen and ports"));
        visit.AddEngagement(tianjin, new EventParticipation(new LocalDateTime(2025, 9, 22, 14, 0), "Summer Davos"));
        visit.AddStop(shanghai, new LocalDateTime(2025, 9, 24, 9, 0), new LocalDateTime(2025, 9, 27, 16, 0));
        visit.AddEngagement(shanghai, new Signing(new LocalDateTime(2025, 9, 25, 10, 30), shanghaiMou));
        visit.AddEngagement(shanghai, new Signing(new LocalDateTime(2025, 9, 25, 15, 0), "Youth exchange letter", [gyeonggi, pudong]));
        visit.AddEngagement(shanghai, new SiteVisit(new LocalDateTime(2025, 9, 26, 9, 0), new Organization("Zhangjiang AI Island", OrganizationField.PhysicalAi)));
        visit.AddEngagement(shanghai, new Gift(new LocalDateTime(2025, 9, 26, 18, 0), "Celadon vase", 2, "Mayor Gong Zheng"));
        visit.Commit(gyeonggi, shanghai, "Host a Shanghai youth delegation", PartialDate.InYear(2026));
        visit.Commit(shanghai, gyeonggi, "Send the AI island's partner list", new LocalDate(2025, 10, 31));
        visit.Commit(gyeonggi, tianjin, "Open a trade office", PartialDate.OnOrBefore(new LocalDate(2026, 6, 30)));
        visit.CompleteCommitment(2, new LocalDate(2025, 10, 20));
        visit.DropCommitment(3, new LocalDate(2026, 1, 15), "Budget cut");
        register.Record(visit);

        var returnVisit = Delegation.PlanInbound(
            new DelegationId("SH-2026-KR"), gyeonggi, shanghai, "Return visit",
            new DelegationMember("Gong Zheng", "Mayor", MemberRole.Mayor),
            new LocalDateTime(2026, 4, 10, 9, 0), new LocalDateTime(2026, 4, 12, 17, 0));
        register.Record(returnVisit);
        return register;
    }

    private static Region Municipality(string code, string formerCode, string chinese, string english, string wikidataId, Region china) =>
        Region.CreateSubdivision(
            SubdivisionCode.Parse(code),
            AdministrativeKind.DirectAdministeredMunicipality,
            RegionNames.Of("zh-Hans", chinese).And("en", english),
            china,
            wikidataId: WikidataId.Parse(wikidataId),
            formerCodes: [SubdivisionCode.Parse(formerCode)]);

    /// <summary>The story's register with <paramref name="count"/> more friendships between Gyeonggi and Tianjin: a document of several 64 KiB pieces.</summary>
    public static Register WithManyTies(int count)
    {
        var register = Build();
        var tie = register.Find(new AgreementId("GG-TJ"))!;
        for (var i = 0; i < count; i++)
        {
            register.AddDistinct(Agreement.Sign(
                new AgreementId($"BULK-{i}"), AgreementKind.Friendship, [tie.Parties[0].Region, tie.Parties[1].Region], new LocalDate(2000, 1, 1).PlusDays(i)));
        }

        return register;
    }
}
