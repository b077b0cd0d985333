using System.Text.Json.Nodes;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>The written text, value by value: dates as people write them, NodaTime values in ISO form, names as they read.</summary>
public sealed class DocumentTextRules
{
    private static readonly JsonNode Story = Documents.Tree(StoryRegister.Build());

    private static JsonNode Region(string id) => Story["regions"]!.AsArray().Single(r => (string)r!["id"]! == id)!;

    private static JsonNode Agreement(string id) => Story["agreements"]!.AsArray().Single(a => (string)a!["id"]! == id)!;

    [Fact]
    public void The_document_starts_with_its_format_and_its_version()
    {
        var text = RegisterDocument.ToJson(StoryRegister.Build());

        text.Should().StartWith("""{"format":"diplomacy-core/register","version":1,"regions":[""");
        RegisterDocument.Format.Should().Be("diplomacy-core/register");
    }

    [Theory]
    [MemberData(nameof(WrittenDates.All), MemberType = typeof(WrittenDates))]
    public void A_date_is_written_as_people_write_it(string written)
    {
        var register = StoryRegister.Build();
        register.AddDistinct(Core.Agreements.Agreement.Sign(
            new AgreementId("DATED"), AgreementKind.Friendship, [register.Find(new AgreementId("GG-TJ"))!.Parties[0], register.Find(new AgreementId("GG-TJ"))!.Parties[1]],
            PartialDate.Parse(written)));

        var tree = Documents.Tree(register);

        var dated = tree["agreements"]!.AsArray().Single(a => (string)a!["id"]! == "DATED")!;
        ((string)dated["history"]![0]!["on"]!).Should().Be(written);
    }

    [Fact]
    public void A_ceremony_is_written_with_its_offset_and_its_zone()
    {
        ((string)Agreement("GG-SH-2025")["ceremony"]!).Should().Be("2025-09-25T10:30:00+08 Asia/Shanghai");
    }

    [Fact]
    public void A_term_is_written_as_an_iso_period_or_an_iso_last_day()
    {
        ((string)Agreement("GG-SH-2025")["history"]![0]!["term"]!["length"]!).Should().Be("P3Y");
        ((string)Agreement("GG-LN-1993")["history"]![3]!["term"]!["length"]!).Should().Be("P30M");
        ((string)Agreement("GG-CQ")["history"]![1]!["term"]!["lastDay"]!).Should().Be("2030-12-31");
    }

    [Fact]
    public void A_trip_is_written_in_local_iso_times_and_a_settled_commitment_with_its_day()
    {
        var trip = Story["delegations"]![0]!;

        ((string)trip["start"]!).Should().Be("2025-09-21T08:00:00");
        ((string)trip["stops"]![1]!["arrival"]!).Should().Be("2025-09-24T09:00:00");
        ((string)trip["commitments"]![1]!["settledOn"]!).Should().Be("2025-10-20");
        ((string)trip["commitments"]![1]!["status"]!).Should().Be("done");
        ((string)trip["commitments"]![2]!["due"]!).Should().Be("..2026-06-30");
    }

    [Fact]
    public void Kinds_and_statuses_are_written_as_camel_case_names()
    {
        ((string)Agreement("GG-SH-2025")["history"]![0]!["kind"]!).Should().Be("cooperationMemorandum");
        ((string)Agreement("GG-LN-1993")["history"]![1]!["reason"]!).Should().Be("pandemic");
        ((string)Region("CN-SH")["kind"]!).Should().Be("directAdministeredMunicipality");
        ((string)Story["delegations"]![0]!["direction"]!).Should().Be("outbound");
    }

    [Fact]
    public void Names_are_written_as_they_read_the_primary_name_first()
    {
        var text = RegisterDocument.ToJson(StoryRegister.Build());
        var gyeonggi = Region("KR-41");

        text.Should().Contain("\"경기도\"").And.Contain("\"上海市\"");
        gyeonggi["names"]!.AsArray().Select(name => (string)name!["language"]!).Should().Equal("ko", "en", "zh-Hans");
        ((string)gyeonggi["subdivisionCode"]!).Should().Be("KR-41");
        ((string)gyeonggi["wikidataId"]!).Should().Be("Q20937");
        ((string)Region("CN-SH")["formerSubdivisionCodes"]![0]!).Should().Be("CN-31");
    }

    [Fact]
    public void A_source_stands_beside_the_event_it_backs_and_a_retracted_event_keeps_its_own()
    {
        ((string)Agreement("GG-SH-2025")["history"]![0]!["sources"]![0]!["citation"]!).Should().Be("Shanghai Foreign Affairs Office, annual report 2025");
        ((string)Agreement("GG-SH-2025")["sources"]![0]!["url"]!).Should().Be("https://www.gg.go.kr/news/2025-09-25");
        var retraction = Agreement("GG-LN-1993")["retractions"]![0]!;
        ((string)retraction["event"]!["event"]!).Should().Be("upgraded");
        ((string)retraction["event"]!["sources"]![0]!["citation"]!).Should().Be("A newspaper that confused two provinces");
        ((string)retraction["reason"]!).Should().Be("The upgrade was Liaoning's tie with another province.");
    }

    [Fact]
    public void Only_a_tie_that_stands_beside_a_like_one_is_marked_distinct()
    {
        ((bool)Agreement("GG-SH-2025-B")["distinct"]!).Should().BeTrue();
        Agreement("GG-SH-2025").AsObject().ContainsKey("distinct").Should().BeFalse();
    }

    [Fact]
    public void Empty_lists_and_unknown_values_are_left_out()
    {
        var undated = Agreement("GG-TJ").AsObject();

        undated.Select(property => property.Key).Should().Equal("id", "parties", "history");
        ((string)undated["history"]![0]!["on"]!).Should().Be("..2025-09-22");
    }

    [Fact]
    public void A_signing_of_an_agreement_of_the_register_names_it_by_id()
    {
        var signings = Story["delegations"]![0]!["stops"]![1]!["engagements"]!.AsArray();

        ((string)signings[0]!["agreement"]!).Should().Be("GG-SH-2025");
        signings[0]!.AsObject().ContainsKey("title").Should().BeFalse();
        ((string)signings[1]!["title"]!).Should().Be("Youth exchange letter");
    }

    [Fact]
    public void An_empty_register_is_a_document_with_three_empty_arrays()
    {
        RegisterDocument.ToJson(Register.Open()).Should().Be(
            """{"format":"diplomacy-core/register","version":1,"regions":[],"agreements":[],"delegations":[]}""");
    }
    [Fact]
    public void A_signing_ceremony_is_written_in_ISO_form_with_its_zone_and_read_back()
    {
        var register = StoryRegister.Build();
        var suwon = register.Directory.Resolve("KR-41-SUWON")!;
        var pudong = register.Directory.Resolve("CN-SH-PUDONG")!;
        var ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(pudong.TimeZone);
        register.AddDistinct(Core.Agreements.Agreement.Sign(
            new AgreementId("CEREMONY"), AgreementKind.Friendship, [suwon, pudong], new LocalDate(2025, 9, 25),
            new SigningDetails { Place = pudong, Ceremony = ceremony }));

        var json = RegisterDocument.ToJson(register);

        var written = JsonNode.Parse(json)!["agreements"]!.AsArray().Single(a => (string)a!["id"]! == "CEREMONY")!;
        ((string)written["ceremony"]!).Should().Be("2025-09-25T15:00:00+08 Asia/Shanghai");
        RegisterDocument.Parse(json).Find(new AgreementId("CEREMONY"))!.Ceremony.Should().Be(ceremony);
    }
}
